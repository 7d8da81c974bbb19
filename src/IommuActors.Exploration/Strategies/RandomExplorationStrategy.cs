using IommuActors.Runtime.Scheduling;

namespace IommuActors.Exploration.Strategies;

/// <summary>Uniform random walks. Schedule i uses seed <c>Derive(seed, i)</c>, so any one schedule can be rerun alone.</summary>
public sealed class RandomExplorationStrategy(ulong seed) : ISeededExplorationStrategy
{
    private DeterministicRandom _random = new(seed);

    /// <summary>Gets the base seed.</summary>
    public ulong Seed { get; } = seed;

    /// <summary>Gets the seed of the current schedule.</summary>
    public ulong IterationSeed => _random.Seed;

    /// <inheritdoc/>
    public string Description => $"random(seed={Seed})";

    /// <inheritdoc/>
    public bool IsExhausted => false;

    /// <inheritdoc/>
    public bool PrepareIteration(int iteration)
    {
        _random = new DeterministicRandom(DeterministicRandom.Derive(Seed, iteration));
        return true;
    }

    /// <inheritdoc/>
    public void CompleteIteration(bool hitStepBound)
    {
    }

    /// <inheritdoc/>
    public int NextStep(EnabledSet enabled, int stepIndex) => enabled.Count == 1 ? 0 : _random.NextInt(enabled.Count);

    /// <inheritdoc/>
    public int NextInt(int maxExclusive, string chooser, int stepIndex) => _random.NextInt(maxExclusive);

    /// <inheritdoc/>
    public bool NextBool(string chooser, int stepIndex) => _random.NextBool();
}
