using IommuActors.Cli.Journaling;
using IommuActors.Exploration;

namespace IommuActors.Cli.Stress;

/// <summary>The end of a stress run: what ran, how fast, what it found (one row per violation kind), memory over time.</summary>
internal sealed record StressSummary
{
    public required string Target { get; init; }

    public required string Scenario { get; init; }

    public required string Variant { get; init; }

    public required string Kernel { get; init; }

    public required string Dispatcher { get; init; }

    public required string Strategy { get; init; }

    public required ulong Seed { get; init; }

    public required int Schedules { get; init; }

    public required long Steps { get; init; }

    public required double ElapsedSeconds { get; init; }

    public required double SchedulesPerSecond { get; init; }

    public required int Violations { get; init; }

    public required IReadOnlyList<StressViolationJson> ViolationKinds { get; init; }

    public int? CoveredTriples { get; init; }

    public int? KnownTriples { get; init; }

    public required IReadOnlyList<MemorySample> Memory { get; init; }

    public required long PeakManagedBytes { get; init; }

    public JournalJson? Journal { get; init; }

    public static StressSummary From(StressRun run, ExplorationReport report, IReadOnlyList<MemorySample> memory, JournalJson? recorded, LiveRunRecorder? recorder)
    {
        var seconds = run.Budget.Elapsed.TotalSeconds;
        return new StressSummary
        {
            Target = run.Target,
            Scenario = run.Scenario.Name,
            Variant = run.Variant,
            Kernel = string.Join(' ', run.Kernel.Fixes.Select(f => "+" + f).Concat(run.Kernel.WithoutFixes.Select(f => "-" + f)).Prepend(run.Kernel.Version.ToString())),
            Dispatcher = run.Dispatcher,
            Strategy = report.Strategy,
            Seed = report.Seed,
            Schedules = report.Schedules,
            Steps = report.Deliveries,
            ElapsedSeconds = Math.Round(seconds, 3),
            SchedulesPerSecond = Math.Round(report.Schedules / Math.Max(0.001, seconds), 1),
            Violations = report.ViolationCounts.Values.Sum(),
            ViolationKinds = [.. report.Violations.GroupBy(v => v.Violation.Id).Select(g => StressViolationJson.From(g.First(), report.ViolationCounts.GetValueOrDefault(g.Key, g.Count()), recorder))],
            CoveredTriples = report.Coverage?.CoveredCount,
            KnownTriples = report.Coverage?.KnownCount,
            Memory = memory,
            PeakManagedBytes = memory.Count == 0 ? 0 : memory.Max(m => m.ManagedBytes),
            Journal = recorded,
        };
    }
}

/// <summary>One kind of violation a stress run found: how often, and its first occurrence.</summary>
internal sealed record StressViolationJson
{
    public required string Id { get; init; }

    public required int Count { get; init; }

    public required int FirstScheduleIndex { get; init; }

    public required string Message { get; init; }

    public required string Verdict { get; init; }

    public string? Detail { get; init; }

    public required int Steps { get; init; }

    public int? MinimizedSteps { get; init; }

    public long? JournalId { get; init; }

    public static StressViolationJson From(FoundViolation first, int count, LiveRunRecorder? recorder) => new()
    {
        Id = first.Violation.Id,
        Count = count,
        FirstScheduleIndex = first.ScheduleIndex,
        Message = first.Violation.Message,
        Verdict = first.Verdict.ToString(),
        Detail = first.Detail,
        Steps = first.Schedule.Count,
        MinimizedSteps = first.MinimizedSchedule?.Count,
        JournalId = recorder?.JournalIdOf(first.ScheduleIndex, first.Violation.Id),
    };
}
