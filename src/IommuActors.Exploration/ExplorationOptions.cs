namespace IommuActors.Exploration;

/// <summary>How to explore. Immutable; validated by <see cref="Validate"/>.</summary>
public sealed record ExplorationOptions
{
    /// <summary>The schedule length PCT and delay bounding assume before they have seen a schedule.</summary>
    public const int DefaultEstimatedLength = 1000;

    /// <summary>Gets the strategy.</summary>
    /// <value>The default value is <see cref="StrategyKind.Random"/>.</value>
    public StrategyKind Strategy { get; init; } = StrategyKind.Random;

    /// <summary>Gets the seed of the random family; printed in every report.</summary>
    /// <value>The default value is 1.</value>
    public ulong Seed { get; init; } = 1;

    /// <summary>Gets the schedule budget. DFS stops earlier when the tree is exhausted.</summary>
    /// <value>The default value is 1000.</value>
    public int Iterations { get; init; } = 1000;

    /// <summary>Gets the step bound: a schedule is cut off after this many handler runs.</summary>
    /// <value>The default value is 10000.</value>
    public int MaxSteps { get; init; } = 10_000;

    /// <summary>Gets a value indicating whether to stop at the first violation.</summary>
    /// <value>The default value is true.</value>
    public bool StopOnFirstViolation { get; init; } = true;

    /// <summary>Gets a value indicating whether each violation is replayed (twice) before it is reported.</summary>
    /// <value>The default value is true.</value>
    public bool ReplayCheck { get; init; } = true;

    /// <summary>Gets a value indicating whether the first violation of each id is minimised after it is confirmed.</summary>
    /// <value>The default value is true.</value>
    public bool Minimize { get; init; } = true;

    /// <summary>Gets a value indicating whether coverage (handler triples, racing pairs) is collected; it costs a snapshot per step.</summary>
    /// <value>The default value is false.</value>
    public bool Coverage { get; init; }

    /// <summary>
    /// Gets the strategy's bound: the bug depth d of PCT (d - 1 priority-change points, at least 1), the delay
    /// budget D of delay bounding (0 or more), or N of the probabilistic strategy (switch probability 1/N, at
    /// least 1). Other strategies ignore it. Null means the strategy's default (see <see cref="DefaultBound"/>).
    /// </summary>
    /// <value>The default value is null.</value>
    public int? StrategyBound { get; init; }

    /// <summary>Gets the bound the strategy runs with: <see cref="StrategyBound"/>, else the strategy's default.</summary>
    public int EffectiveStrategyBound => StrategyBound ?? DefaultBound(Strategy);

    /// <summary>Gets the schedule length PCT and delay bounding assume until they have seen one: 1000, at most <see cref="MaxSteps"/>.</summary>
    public int EstimatedLength => Math.Min(MaxSteps, DefaultEstimatedLength);

    /// <summary>Gets the default bound of a strategy: PCT depth 3, 2 delays, probability 1/10; 0 for the others.</summary>
    /// <param name="strategy">The strategy.</param>
    /// <returns>The bound.</returns>
    public static int DefaultBound(StrategyKind strategy) => strategy switch
    {
        StrategyKind.Pct => 3,
        StrategyKind.DelayBounding => 2,
        StrategyKind.Probabilistic => 10,
        _ => 0,
    };

    /// <summary>Gets the worker threads for the random and probabilistic strategies; 0 is one per core.</summary>
    /// <value>The default value is 1.</value>
    public int Workers { get; init; } = 1;

    /// <summary>
    /// Gets the index of the first schedule to explore (to resume an interrupted run): schedules
    /// <c>StartAt .. Iterations - 1</c> are explored. Strategies that derive schedule i from the seed and i (the
    /// random family) support a non-zero start; dfs needs <see cref="DfsFrontier"/> too; dpor cannot.
    /// </summary>
    /// <value>The default value is 0.</value>
    public int StartAt { get; init; }

    /// <summary>Gets the <see cref="Strategies.DfsStrategy.Frontier"/> a resumed dfs search continues from (with <see cref="StartAt"/> the next schedule index).</summary>
    /// <value>The default value is null.</value>
    public string? DfsFrontier { get; init; }

    /// <summary>Gets the observer told about each schedule and violation as the exploration goes, in schedule order with any number of workers.</summary>
    /// <value>The default value is null.</value>
    public IExplorationObserver? Observer { get; init; }

    /// <summary>
    /// Gets a budget check asked between schedules (with several workers, between chunks of schedules): when it
    /// returns true, no further schedule starts and the report covers those explored so far. Stress runs bound their
    /// time with it; which schedules are explored never depends on it, only how many.
    /// </summary>
    /// <value>The default value is null (the iteration budget alone).</value>
    public Func<bool>? ShouldStop { get; init; }

    /// <summary>
    /// Gets how many violations of one id are confirmed, minimised, reported and journaled; later ones are only
    /// counted (<see cref="ExplorationReport.ViolationCounts"/>). Stress runs cap it so memory stays flat.
    /// </summary>
    /// <value>The default value is <see cref="int.MaxValue"/> (keep all).</value>
    public int KeepPerViolation { get; init; } = int.MaxValue;

    /// <summary>Throws when an option is out of range.</summary>
    /// <returns>This instance.</returns>
    public ExplorationOptions Validate()
    {
        if (Iterations <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(Iterations), Iterations, "must be positive");
        }

        if (MaxSteps <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxSteps), MaxSteps, "must be positive");
        }

        if (StartAt < 0 || StartAt > Iterations)
        {
            throw new ArgumentOutOfRangeException(nameof(StartAt), StartAt, "must be between 0 and the schedule budget");
        }

        if (StartAt > 0 && (Strategy == StrategyKind.Dpor || (Strategy == StrategyKind.Dfs && DfsFrontier is null)))
        {
            throw new ArgumentOutOfRangeException(nameof(StartAt), StartAt, $"{Strategy} cannot start at a later schedule{(Strategy == StrategyKind.Dfs ? " without a frontier" : string.Empty)}");
        }

        if (DfsFrontier is not null && Strategy != StrategyKind.Dfs)
        {
            throw new ArgumentOutOfRangeException(nameof(DfsFrontier), DfsFrontier, $"a dfs frontier does not apply to {Strategy}");
        }

        var minimum = Strategy is StrategyKind.Pct or StrategyKind.Probabilistic ? 1 : 0;
        if (StrategyBound is { } bound && bound < minimum)
        {
            throw new ArgumentOutOfRangeException(nameof(StrategyBound), bound, $"must be at least {minimum} for {Strategy}");
        }

        return this;
    }
}
