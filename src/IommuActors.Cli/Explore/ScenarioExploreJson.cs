using IommuActors.Scenarios;

namespace IommuActors.Cli.Explore;

/// <summary>The <c>explore FILE.conf --json</c> document (the toy document's keys plus the scenario's).</summary>
internal sealed record ScenarioExploreJson
{
    public required string Scenario { get; init; }

    public required string File { get; init; }

    public required string Description { get; init; }

    public required string Variant { get; init; }

    public string? Note { get; init; }

    public required string Program { get; init; }

    public required string Kernel { get; init; }

    public required string KernelVersion { get; init; }

    public required IReadOnlyList<string> Fixes { get; init; }

    public required IReadOnlyList<string> WithoutFixes { get; init; }

    public required IReadOnlyList<string> Switches { get; init; }

    public required string Strategy { get; init; }

    public required string StrategyDescription { get; init; }

    public required ulong Seed { get; init; }

    public required int Schedules { get; init; }

    public required long Steps { get; init; }

    public required bool Exhaustive { get; init; }

    public required int MaxSteps { get; init; }

    public required int SchedulesCutOff { get; init; }

    public required IReadOnlyList<string> Expected { get; init; }

    public required bool AsExpected { get; init; }

    public required IReadOnlyList<ScenarioViolationJson> Violations { get; init; }

    public CoverageJson? Coverage { get; init; }

    /// <summary>Builds the document; every violation is replayed once more for its dmesg.</summary>
    /// <param name="run">The run.</param>
    /// <returns>The document.</returns>
    public static ScenarioExploreJson From(ScenarioRun run)
    {
        var report = run.Report;
        return new()
        {
            Scenario = run.Scenario.Name,
            File = run.Scenario.SourceFile,
            Description = run.Scenario.Description,
            Variant = run.Variant.Name,
            Note = run.Variant.Note,
            Program = report.Program,
            Kernel = run.Kernel.ToString(),
            KernelVersion = run.Kernel.Version.ToString(),
            Fixes = run.Kernel.Fixes,
            WithoutFixes = run.Kernel.WithoutFixes,
            Switches = run.Kernel.Enabled,
            Strategy = Commands.ExploreOptions.NameOf(run.Options.Strategy),
            StrategyDescription = report.Strategy,
            Seed = report.Seed,
            Schedules = report.Schedules,
            Steps = report.Deliveries,
            Exhaustive = report.Exhaustive,
            MaxSteps = report.MaxSteps,
            SchedulesCutOff = report.SchedulesCutOff,
            Expected = run.Variant.Expect,
            AsExpected = run.AsExpected,
            Violations = [.. report.Violations.Select(v => ScenarioViolationJson.From(v, run.Dmesg(v)))],
            Coverage = CoverageJson.From(report.Coverage),
        };
    }
}
