using IommuActors.Exploration;

namespace IommuActors.Scenarios;

/// <summary>A scenario's <c>exploration { … }</c> block: defaults that apply when the command line leaves a setting open.</summary>
public sealed record ExplorationDefaults
{
    /// <summary>Gets the empty block: every setting comes from the command line or the configuration.</summary>
    public static ExplorationDefaults None { get; } = new();

    /// <summary>Gets the strategy, or null.</summary>
    public StrategyKind? Strategy { get; init; }

    /// <summary>Gets the schedule budget (positive), or null.</summary>
    public int? Iterations { get; init; }

    /// <summary>Gets the step bound per schedule (positive), or null.</summary>
    public int? MaxSteps { get; init; }

    /// <summary>Gets the seed, or null.</summary>
    public ulong? Seed { get; init; }
}
