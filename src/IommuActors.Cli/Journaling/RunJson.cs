using IommuActors.Cli.Explore;
using IommuActors.Journal;

namespace IommuActors.Cli.Journaling;

/// <summary>A journaled run in <c>runs list/show --json</c>.</summary>
internal sealed record RunJson
{
    public required long RunId { get; init; }

    public required string Scenario { get; init; }

    public string? Variant { get; init; }

    public string? Kernel { get; init; }

    public required IReadOnlyList<string> Fixes { get; init; }

    public required string Strategy { get; init; }

    public required ulong Seed { get; init; }

    public required DateTimeOffset Started { get; init; }

    public DateTimeOffset? Ended { get; init; }

    public long Schedules { get; init; }

    public bool Exhaustive { get; init; }

    public int? ViolationCount { get; init; }

    public IReadOnlyList<RunViolationJson>? Violations { get; init; }

    public CoverageJson? Coverage { get; init; }

    public static RunJson From(RunEntry entry) => new()
    {
        RunId = entry.RunId,
        Scenario = entry.Info.Scenario,
        Variant = entry.Info.Variant,
        Kernel = entry.Info.Kernel,
        Fixes = entry.Info.Fixes,
        Strategy = entry.Info.Strategy,
        Seed = entry.Info.Seed,
        Started = entry.Info.Started,
        Ended = entry.Summary?.Ended,
        Schedules = entry.Summary?.Schedules ?? entry.Progress?.Schedules ?? 0,
        Exhaustive = entry.Summary?.Exhaustive ?? false,
        ViolationCount = entry.Summary?.Violations,
    };
}

/// <summary>A violation of a run in <c>runs show --json</c>.</summary>
internal sealed record RunViolationJson(long JournalId, string Id, string Message, int ScheduleIndex, string Verdict);
