namespace IommuActors.Cli.Bench;

/// <summary>The <c>bench pingpong --json</c> document.</summary>
internal sealed record BenchJson
{
    public string Benchmark { get; init; } = "pingpong";

    public required string Strategy { get; init; }

    public required string Dispatcher { get; init; }

    public required int Threads { get; init; }

    public required int Pairs { get; init; }

    public required int Rounds { get; init; }

    public required ulong Seed { get; init; }

    public required int MaxSteps { get; init; }

    public required int WarmupSchedules { get; init; }

    public required int Schedules { get; init; }

    public required int SchedulesCutOff { get; init; }

    public required long TotalSteps { get; init; }

    public required double StepsPerSchedule { get; init; }

    public required double ElapsedSeconds { get; init; }

    public required double StepsPerSecond { get; init; }

    public required double SchedulesPerSecond { get; init; }

    public required double BytesPerSchedule { get; init; }

    public required int Gen0Collections { get; init; }

    public required int Gen2Collections { get; init; }

    /// <summary>Builds the document.</summary>
    /// <param name="result">The result.</param>
    /// <returns>The document.</returns>
    public static BenchJson From(BenchResult result) => new()
    {
        Strategy = result.Request.Strategy,
        Dispatcher = result.Request.Dispatcher,
        Threads = result.Request.Threads,
        Pairs = result.Request.Pairs,
        Rounds = result.Request.Rounds,
        Seed = result.Request.Seed,
        MaxSteps = result.Request.MaxSteps,
        WarmupSchedules = result.WarmupSchedules,
        Schedules = result.Counts.Schedules,
        SchedulesCutOff = result.Counts.CutOff,
        TotalSteps = result.Counts.Steps,
        StepsPerSchedule = result.StepsPerSchedule,
        ElapsedSeconds = result.ElapsedSeconds,
        StepsPerSecond = result.StepsPerSecond,
        SchedulesPerSecond = result.SchedulesPerSecond,
        BytesPerSchedule = result.BytesPerSchedule,
        Gen0Collections = result.Memory.Gen0Collections,
        Gen2Collections = result.Memory.Gen2Collections,
    };
}
