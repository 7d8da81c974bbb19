using System.CommandLine;
using IommuActors.Cli.Settings;

namespace IommuActors.Cli.Commands;

/// <summary>The options of <c>explore</c>.</summary>
internal sealed class ExploreOptions
{
    /// <summary>The strategy words.</summary>
    public static readonly string[] Strategies = ["random", "dfs"];

    /// <summary>Gets <c>--strategy</c>.</summary>
    public Option<string?> Strategy { get; } = CommonOptions.Choice("--strategy", "Exploration strategy", ConfigKeys.Strategy, Strategies);

    /// <summary>Gets <c>--iterations</c>.</summary>
    public Option<int?> Iterations { get; } = CommonOptions.Number("--iterations", "N", "Schedules to explore (dfs stops when exhausted)", ConfigKeys.Iterations);

    /// <summary>Gets <c>--seed</c>.</summary>
    public Option<string?> Seed { get; } = CommonOptions.Seed();

    /// <summary>Gets <c>--max-steps</c>.</summary>
    public Option<int?> MaxSteps { get; } = CommonOptions.MaxSteps();

    /// <summary>Gets <c>--all</c>.</summary>
    public Option<bool> All { get; } = new("--all") { Description = $"Keep exploring after the first violation\n[same as {ConfigKeys.StopOnFirstViolation} = false]" };

    /// <summary>Gets <c>--json</c>.</summary>
    public Option<bool> Json { get; } = CommonOptions.Json("Print one JSON object instead of text");

    /// <summary>Gets the scenario options.</summary>
    public ScenarioOptions Scenario { get; } = new();
}
