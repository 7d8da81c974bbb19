namespace IommuActors.Cli.Bench;

/// <summary>One seed in the <c>bench strategies --json</c> document.</summary>
internal sealed record StrategyBenchRunJson
{
    public required ulong Seed { get; init; }

    public required int? Schedules { get; init; }

    public required int Explored { get; init; }

    public required double Seconds { get; init; }

    public required string? Violation { get; init; }

    /// <summary>Builds the entry.</summary>
    /// <param name="run">The run.</param>
    /// <returns>The entry.</returns>
    public static StrategyBenchRunJson From(StrategyBenchRun run) => new()
    {
        Seed = run.Seed,
        Schedules = run.Schedules,
        Explored = run.Explored,
        Seconds = run.Elapsed.TotalSeconds,
        Violation = run.ViolationId,
    };
}
