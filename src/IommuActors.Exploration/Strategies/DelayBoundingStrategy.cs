using IommuActors.Runtime.Scheduling;

namespace IommuActors.Exploration.Strategies;

/// <summary>
/// Delay bounding (Emmi, Qadeer, Rakamarić, POPL'11), randomised: a deterministic round-robin scheduler over actor
/// ids (the next actor after the last one that ran, wrapping around, that has an enabled step; its lowest enabled
/// index) plus at most D delays at decision indices drawn uniformly over the estimated schedule length (in contested
/// decisions, where two or more actors are enabled). A delay skips the scheduler's choice to the next actor in
/// round-robin order. With D = 0 every seed gives the same schedule.
/// </summary>
public sealed class DelayBoundingStrategy : ISeededExplorationStrategy
{
    private readonly ScheduleLength _length;
    private DeterministicRandom _random;
    private int[] _delayPoints = [];
    private int _nextDelay;
    private int _decisions;
    private int _last;

    /// <summary>Initializes a new instance of the <see cref="DelayBoundingStrategy"/> class.</summary>
    /// <param name="seed">The base seed; schedule i uses <c>Derive(seed, i)</c>.</param>
    /// <param name="bound">The delay budget D (0 or more) per schedule.</param>
    /// <param name="estimatedLength">The schedule length assumed until one has been seen.</param>
    public DelayBoundingStrategy(ulong seed, int bound = 2, int estimatedLength = ExplorationOptions.DefaultEstimatedLength)
        : this(seed, bound, new ScheduleLength(estimatedLength))
    {
    }

    internal DelayBoundingStrategy(ulong seed, int bound, ScheduleLength length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bound);
        Seed = seed;
        Bound = bound;
        _length = length;
        _random = new DeterministicRandom(seed);
        PrepareIteration(0);
    }

    /// <inheritdoc/>
    public ulong Seed { get; }

    /// <inheritdoc/>
    public ulong IterationSeed => _random.Seed;

    /// <summary>Gets the delay budget D.</summary>
    public int Bound { get; }

    /// <inheritdoc/>
    public string Description => $"delay(seed={Seed}, bound={Bound})";

    /// <inheritdoc/>
    public bool IsExhausted => false;

    /// <inheritdoc/>
    public bool PrepareIteration(int iteration)
    {
        _random = new DeterministicRandom(DeterministicRandom.Derive(Seed, iteration));
        _delayPoints = StepPoints.Sample(_random, Bound, _length.Estimate);
        _nextDelay = 0;
        _decisions = 0;
        _last = -1;
        return true;
    }

    /// <inheritdoc/>
    public void CompleteIteration(bool hitStepBound) => _length.Observe(_decisions);

    /// <inheritdoc/>
    public int NextStep(EnabledSet enabled, int stepIndex)
    {
        var pick = RoundRobin(enabled, _last);
        if (StepPoints.IsContested(enabled))
        {
            if (_nextDelay < _delayPoints.Length && _delayPoints[_nextDelay] == _decisions)
            {
                _nextDelay++;
                pick = RoundRobin(enabled, enabled[pick].ReceiverId);
            }

            _decisions++;
        }

        _last = enabled[pick].ReceiverId;
        return pick;
    }

    /// <inheritdoc/>
    public int NextInt(int maxExclusive, string chooser, int stepIndex) => _random.NextInt(maxExclusive);

    /// <inheritdoc/>
    public bool NextBool(string chooser, int stepIndex) => _random.NextBool();

    /// <summary>Finds the first enabled step of the first actor after <paramref name="after"/> in cyclic id order.</summary>
    private static int RoundRobin(EnabledSet enabled, int after)
    {
        var best = 0;
        var bestKey = long.MaxValue;
        for (var i = 0; i < enabled.Count; i++)
        {
            var id = enabled[i].ReceiverId;
            long key = id > after ? id : id + ((long)int.MaxValue + 1);
            if (key < bestKey)
            {
                best = i;
                bestKey = key;
            }
        }

        return best;
    }
}
