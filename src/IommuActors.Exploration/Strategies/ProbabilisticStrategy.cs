using IommuActors.Runtime.Scheduling;

namespace IommuActors.Exploration.Strategies;

/// <summary>
/// Coyote's probabilistic strategy over actors: keep running the actor that ran last while it has an enabled step
/// (one of its steps, uniformly), and with probability 1/N, or when it has none, switch to a uniformly random
/// enabled step.
/// </summary>
public sealed class ProbabilisticStrategy : ISeededExplorationStrategy
{
    private DeterministicRandom _random;
    private int _last = -1;

    /// <summary>Initializes a new instance of the <see cref="ProbabilisticStrategy"/> class.</summary>
    /// <param name="seed">The base seed; schedule i uses <c>Derive(seed, i)</c>.</param>
    /// <param name="bound">N (at least 1): the switch probability is 1/N.</param>
    public ProbabilisticStrategy(ulong seed, int bound = 10)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bound, 1);
        Seed = seed;
        Bound = bound;
        _random = new DeterministicRandom(DeterministicRandom.Derive(seed, 0));
    }

    /// <inheritdoc/>
    public ulong Seed { get; }

    /// <inheritdoc/>
    public ulong IterationSeed => _random.Seed;

    /// <summary>Gets N: the strategy switches to a random step with probability 1/N.</summary>
    public int Bound { get; }

    /// <inheritdoc/>
    public string Description => $"probabilistic(seed={Seed}, p=1/{Bound})";

    /// <inheritdoc/>
    public bool IsExhausted => false;

    /// <inheritdoc/>
    public bool PrepareIteration(int iteration)
    {
        _random = new DeterministicRandom(DeterministicRandom.Derive(Seed, iteration));
        _last = -1;
        return true;
    }

    /// <inheritdoc/>
    public void CompleteIteration(bool hitStepBound)
    {
    }

    /// <inheritdoc/>
    public int NextStep(EnabledSet enabled, int stepIndex)
    {
        var pick = enabled.Count == 1 ? 0 : Choose(enabled);
        _last = enabled[pick].ReceiverId;
        return pick;
    }

    /// <inheritdoc/>
    public int NextInt(int maxExclusive, string chooser, int stepIndex) => _random.NextInt(maxExclusive);

    /// <inheritdoc/>
    public bool NextBool(string chooser, int stepIndex) => _random.NextBool();

    private int Choose(EnabledSet enabled)
    {
        if (_random.NextInt(Bound) != 0)
        {
            var own = 0;
            for (var i = 0; i < enabled.Count; i++)
            {
                own += enabled[i].ReceiverId == _last ? 1 : 0;
            }

            if (own > 0)
            {
                var skip = own == 1 ? 0 : _random.NextInt(own);
                for (var i = 0; i < enabled.Count; i++)
                {
                    if (enabled[i].ReceiverId == _last && skip-- == 0)
                    {
                        return i;
                    }
                }
            }
        }

        return _random.NextInt(enabled.Count);
    }
}
