namespace IommuActors.Exploration.Minimization;

/// <summary>How hard to minimise. Immutable.</summary>
public sealed record MinimizationOptions
{
    /// <summary>Gets the default options.</summary>
    public static MinimizationOptions Default { get; } = new();

    /// <summary>Gets the step bound of every run (use the exploration's).</summary>
    /// <value>The default value is 10000.</value>
    public int MaxSteps { get; init; } = 10_000;

    /// <summary>Gets the budget: runs (lenient candidates plus strict verifications) per violation.</summary>
    /// <value>The default value is 2000.</value>
    public int MaxRuns { get; init; } = 2000;

    /// <summary>Gets a value indicating whether to run delta debugging over the steps.</summary>
    /// <value>The default value is true.</value>
    public bool DeltaDebugging { get; init; } = true;

    /// <summary>Gets a value indicating whether to move steps earlier to cut context switches.</summary>
    /// <value>The default value is true.</value>
    public bool ReducePreemptions { get; init; } = true;

    /// <summary>Gets a value indicating whether to try dropping environment event deliveries one by one.</summary>
    /// <value>The default value is true.</value>
    public bool DropEnvironmentEvents { get; init; } = true;
}
