using IommuActors.Exploration;
using IommuActors.Exploration.Minimization;
using IommuActors.Runtime.Hashing;

namespace IommuActors.Cli.Explore;

/// <summary>One violation in the <c>explore FILE.conf --json</c> document: the toy entry's keys plus its dmesg.</summary>
internal sealed record ScenarioViolationJson
{
    public required string Id { get; init; }

    public required int ScheduleIndex { get; init; }

    public required ulong IterationSeed { get; init; }

    public required int Steps { get; init; }

    public required string Message { get; init; }

    public string? Actor { get; init; }

    public required string Verdict { get; init; }

    public string? Detail { get; init; }

    public required string ScheduleHash { get; init; }

    public required string StateHash { get; init; }

    public required IReadOnlyList<string> Schedule { get; init; }

    public required int OriginalSteps { get; init; }

    public int? MinimizedSteps { get; init; }

    public required int OriginalPreemptions { get; init; }

    public int? MinimizedPreemptions { get; init; }

    public int? MinimizationRuns { get; init; }

    public string? MinimizedScheduleHash { get; init; }

    public IReadOnlyList<string>? MinimizedSchedule { get; init; }

    public required IReadOnlyList<string> Dmesg { get; init; }

    /// <summary>Builds the entry.</summary>
    /// <param name="found">The violation.</param>
    /// <param name="dmesg">The dmesg of its replay.</param>
    /// <returns>The entry.</returns>
    public static ScenarioViolationJson From(FoundViolation found, IReadOnlyList<string> dmesg) => new()
    {
        Id = found.Violation.Id,
        ScheduleIndex = found.ScheduleIndex,
        IterationSeed = found.IterationSeed,
        Steps = found.Schedule.Count,
        Message = found.Violation.Message,
        Actor = found.Violation.Actor,
        Verdict = found.Verdict.ToString(),
        Detail = found.Detail,
        ScheduleHash = StableHash.Format(found.ScheduleHash),
        StateHash = StableHash.Format(found.StateHash),
        Schedule = [.. found.Schedule.Steps.Select(step => step.ToString())],
        OriginalSteps = found.Schedule.Count,
        MinimizedSteps = found.Minimization?.MinimizedSteps,
        OriginalPreemptions = ScheduleMetrics.Preemptions(found.Schedule),
        MinimizedPreemptions = found.Minimization?.MinimizedPreemptions,
        MinimizationRuns = found.Minimization?.Runs,
        MinimizedScheduleHash = found.MinimizedSchedule is { } minimized ? StableHash.Format(minimized.Hash) : null,
        MinimizedSchedule = found.MinimizedSchedule is { } steps ? [.. steps.Steps.Select(step => step.ToString())] : null,
        Dmesg = dmesg,
    };
}
