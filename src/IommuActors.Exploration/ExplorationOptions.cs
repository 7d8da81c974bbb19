namespace IommuActors.Exploration;

/// <summary>How to explore. Immutable; validated by <see cref="Validate"/>.</summary>
public sealed record ExplorationOptions
{
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

        return this;
    }
}
