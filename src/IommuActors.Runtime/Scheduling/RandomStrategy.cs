namespace IommuActors.Runtime.Scheduling;

/// <summary>Uniform random choice among the enabled steps and data values, from one seeded SplitMix64 stream.</summary>
public sealed class RandomStrategy : ISchedulingStrategy
{
    private readonly DeterministicRandom _random;

    /// <summary>Creates the strategy.</summary>
    /// <param name="seed">The seed; print it.</param>
    public RandomStrategy(ulong seed)
    {
        _random = new DeterministicRandom(seed);
    }

    /// <summary>Gets the seed.</summary>
    public ulong Seed => _random.Seed;

    /// <inheritdoc/>
    public int NextStep(EnabledSet enabled, int stepIndex) => enabled.Count == 1 ? 0 : _random.NextInt(enabled.Count);

    /// <inheritdoc/>
    public int NextInt(int maxExclusive, string chooser, int stepIndex) => _random.NextInt(maxExclusive);

    /// <inheritdoc/>
    public bool NextBool(string chooser, int stepIndex) => _random.NextBool();
}
