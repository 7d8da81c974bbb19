using IommuActors.Runtime.Scheduling;

namespace IommuActors.Exploration.Strategies;

/// <summary>
/// Probabilistic concurrency testing (Burckhardt, Kothari, Musuvathi, Nagarakatte, ASPLOS'10) over actors: each
/// actor gets a random priority the first time one of its steps is enabled, and the enabled step of the
/// highest-priority actor always runs (several steps of that actor: the lowest enabled index). At d - 1 change
/// points, drawn uniformly over the estimated schedule length k, the actor about to run drops below every other
/// actor. One schedule finds a bug of depth d with probability at least 1/(n·k^(d-1)) for n actors. k counts only
/// contested decisions (two or more actors enabled), where a priority change can matter; a schedule of the seed
/// scenario has about 30 decisions but only about 15 contested ones, which doubles the chance per change point.
/// </summary>
public sealed class PctStrategy : ISeededExplorationStrategy
{
    private const long Unseen = long.MinValue;
    private readonly ScheduleLength _length;
    private DeterministicRandom _random;
    private long[] _priority = new long[16];
    private int[] _changePoints = [];
    private int _nextChange;
    private int _changes;
    private int _decisions;

    /// <summary>Initializes a new instance of the <see cref="PctStrategy"/> class.</summary>
    /// <param name="seed">The base seed; schedule i uses <c>Derive(seed, i)</c>.</param>
    /// <param name="depth">The bug depth d (at least 1): d - 1 priority-change points per schedule.</param>
    /// <param name="estimatedLength">The schedule length assumed until one has been seen.</param>
    public PctStrategy(ulong seed, int depth = 3, int estimatedLength = ExplorationOptions.DefaultEstimatedLength)
        : this(seed, depth, new ScheduleLength(estimatedLength))
    {
    }

    internal PctStrategy(ulong seed, int depth, ScheduleLength length)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(depth, 1);
        Seed = seed;
        Depth = depth;
        _length = length;
        _random = new DeterministicRandom(seed);
        PrepareIteration(0);
    }

    /// <inheritdoc/>
    public ulong Seed { get; }

    /// <inheritdoc/>
    public ulong IterationSeed => _random.Seed;

    /// <summary>Gets the bug depth d.</summary>
    public int Depth { get; }

    /// <summary>Gets the schedule length (contested decisions) the change points of the current schedule were drawn over.</summary>
    public int EstimatedLength { get; private set; }

    /// <inheritdoc/>
    public string Description => $"pct(seed={Seed}, depth={Depth})";

    /// <inheritdoc/>
    public bool IsExhausted => false;

    /// <inheritdoc/>
    public bool PrepareIteration(int iteration)
    {
        _random = new DeterministicRandom(DeterministicRandom.Derive(Seed, iteration));
        Array.Fill(_priority, Unseen);
        EstimatedLength = _length.Estimate;
        _changePoints = StepPoints.Sample(_random, Depth - 1, EstimatedLength);
        _nextChange = 0;
        _changes = 0;
        _decisions = 0;
        return true;
    }

    /// <inheritdoc/>
    public void CompleteIteration(bool hitStepBound) => _length.Observe(_decisions);

    /// <inheritdoc/>
    public int NextStep(EnabledSet enabled, int stepIndex)
    {
        var pick = Highest(enabled);
        if (!StepPoints.IsContested(enabled))
        {
            return pick;
        }

        if (_nextChange < _changePoints.Length && _changePoints[_nextChange] == _decisions)
        {
            _nextChange++;
            _priority[enabled[pick].ReceiverId] = -++_changes;
            pick = Highest(enabled);
        }

        _decisions++;
        return pick;
    }

    /// <inheritdoc/>
    public int NextInt(int maxExclusive, string chooser, int stepIndex) => _random.NextInt(maxExclusive);

    /// <inheritdoc/>
    public bool NextBool(string chooser, int stepIndex) => _random.NextBool();

    private int Highest(EnabledSet enabled)
    {
        var best = 0;
        var bestPriority = Unseen;
        for (var i = 0; i < enabled.Count; i++)
        {
            var priority = PriorityOf(enabled[i].ReceiverId);
            if (priority > bestPriority)
            {
                best = i;
                bestPriority = priority;
            }
        }

        return best;
    }

    /// <summary>Gets an actor's priority, drawing a fresh one (above every lowered actor) the first time it is asked.</summary>
    private long PriorityOf(int actor)
    {
        if (actor >= _priority.Length)
        {
            var old = _priority.Length;
            Array.Resize(ref _priority, Math.Max(actor + 1, old * 2));
            Array.Fill(_priority, Unseen, old, _priority.Length - old);
        }

        if (_priority[actor] == Unseen)
        {
            _priority[actor] = (long)(_random.NextUInt64() >> 1);
        }

        return _priority[actor];
    }
}
