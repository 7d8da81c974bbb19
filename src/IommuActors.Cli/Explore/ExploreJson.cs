using IommuActors.Exploration;

namespace IommuActors.Cli.Explore;

/// <summary>The <c>explore --json</c> document.</summary>
internal sealed record ExploreJson
{
    public required string Scenario { get; init; }

    public required string Program { get; init; }

    public string? Kernel { get; init; }

    public required string Strategy { get; init; }

    public required string StrategyDescription { get; init; }

    public required ulong Seed { get; init; }

    public required int Schedules { get; init; }

    public required long Steps { get; init; }

    public required bool Exhaustive { get; init; }

    public required int MaxSteps { get; init; }

    public required int SchedulesCutOff { get; init; }

    public required IReadOnlyList<ViolationJson> Violations { get; init; }

    public CoverageJson? Coverage { get; init; }

    /// <summary>Builds the document.</summary>
    /// <param name="request">What was explored.</param>
    /// <param name="report">The report.</param>
    /// <returns>The document.</returns>
    public static ExploreJson From(ExploreRequest request, ExplorationReport report) => new()
    {
        Scenario = request.Target,
        Program = report.Program,
        Kernel = null,
        Strategy = request.StrategyName,
        StrategyDescription = report.Strategy,
        Seed = report.Seed,
        Schedules = report.Schedules,
        Steps = report.Deliveries,
        Exhaustive = report.Exhaustive,
        MaxSteps = report.MaxSteps,
        SchedulesCutOff = report.SchedulesCutOff,
        Violations = [.. report.Violations.Select(ViolationJson.From)],
        Coverage = CoverageJson.From(report.Coverage),
    };
}
