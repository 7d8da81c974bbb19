using IommuActors.Exploration;
using IommuActors.Exploration.Minimization;
using System.Text.Json.Serialization;
using IommuActors.Runtime.Hashing;

namespace IommuActors.Cli.Explore;

/// <summary>One violation in the <c>explore --json</c> documents; scenario documents add its <c>dmesg</c>, toy documents leave the key out.</summary>
internal sealed record ViolationJson
{
    public required string Id { get; init; }

    /// <summary>Gets the violation's id in the journal (<c>iommu-actors replay ID</c>); absent with <c>--journal none</c>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? JournalId { get; init; }

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

    /// <summary>Gets the dmesg of the violation's replay; null (and so not written) for toys.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Dmesg { get; init; }

    /// <summary>Builds the entry.</summary>
    /// <param name="found">The violation.</param>
    /// <param name="dmesg">The dmesg of its replay, or null when there is none (toys).</param>
    /// <returns>The entry.</returns>
    public static ViolationJson From(FoundViolation found, IReadOnlyList<string>? dmesg = null) => new()
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
