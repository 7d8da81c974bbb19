namespace IommuActors.Cli.Bench;

/// <summary>The <c>bench scenario --json</c> document (the ping-pong document's rate keys, plus the scenario's).</summary>
internal sealed record ScenarioBenchJson
{
    public string Benchmark { get; init; } = "scenario";

    public required string Scenario { get; init; }

    public required string File { get; init; }

    public required string Variant { get; init; }

    public required string Kernel { get; init; }

    public string Strategy { get; init; } = "random";

    public required ulong Seed { get; init; }

    public required int MaxSteps { get; init; }

    public required int WarmupSchedules { get; init; }

    public required int Schedules { get; init; }

    public required int SchedulesCutOff { get; init; }

    public required int Violations { get; init; }

    public required long TotalSteps { get; init; }

    public required double StepsPerSchedule { get; init; }

    public required double ElapsedSeconds { get; init; }

    public required double StepsPerSecond { get; init; }

    public required double SchedulesPerSecond { get; init; }

    /// <summary>Builds the document.</summary>
    /// <param name="result">The result.</param>
    /// <returns>The document.</returns>
    public static ScenarioBenchJson From(ScenarioBenchResult result) => new()
    {
        Scenario = result.Request.Scenario.Name,
        File = result.Request.Scenario.SourceFile,
        Variant = result.Request.Variant.Name,
        Kernel = result.Request.Kernel.ToString(),
        Seed = result.Request.Seed,
        MaxSteps = result.Request.MaxSteps,
        WarmupSchedules = result.WarmupSchedules,
        Schedules = result.Counts.Schedules,
        SchedulesCutOff = result.Counts.CutOff,
        Violations = result.Violations,
        TotalSteps = result.Counts.Steps,
        StepsPerSchedule = result.StepsPerSchedule,
        ElapsedSeconds = result.ElapsedSeconds,
        StepsPerSecond = result.StepsPerSecond,
        SchedulesPerSecond = result.SchedulesPerSecond,
    };
}
