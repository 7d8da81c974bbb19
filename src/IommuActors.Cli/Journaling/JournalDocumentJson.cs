namespace IommuActors.Cli.Journaling;

/// <summary>
/// The document written by <c>journal export</c> and read by <c>journal import</c>:
/// <c>{"format":"iommu-actors-journal","version":1,"runs":[...]}</c>, runs oldest first.
/// </summary>
internal sealed record JournalDocumentJson
{
    /// <summary>The value of <c>format</c>.</summary>
    public const string FormatName = "iommu-actors-journal";

    /// <summary>The newest document version this build writes and reads.</summary>
    public const int CurrentVersion = 1;

    public string Format { get; init; } = FormatName;

    public int Version { get; init; } = CurrentVersion;

    public required IReadOnlyList<JournalRunJson> Runs { get; init; }
}

/// <summary>One exported run: its start record, latest checkpoint, summary and violations.</summary>
internal sealed record JournalRunJson
{
    public required long RunId { get; init; }

    public required JournalRunInfoJson Info { get; init; }

    public JournalProgressJson? Progress { get; init; }

    public JournalSummaryJson? Summary { get; init; }

    public required IReadOnlyList<JournalViolationJson> Violations { get; init; }
}

/// <summary>An exported <see cref="IommuActors.Journal.RunInfo"/>; the seed is a string so every ulong survives any JSON reader.</summary>
internal sealed record JournalRunInfoJson
{
    public required string Scenario { get; init; }

    public string? Variant { get; init; }

    public string? Kernel { get; init; }

    public required IReadOnlyList<string> Fixes { get; init; }

    public required string Strategy { get; init; }

    public required string Seed { get; init; }

    public required int Iterations { get; init; }

    public required int MaxSteps { get; init; }

    public required string ToolVersion { get; init; }

    public required DateTimeOffset Started { get; init; }

    /// <summary>Gets the scenario file, relative to the repository root (with '/') when it lies under it.</summary>
    public string? SourceFile { get; init; }
}

/// <summary>An exported <see cref="IommuActors.Journal.RunProgress"/>.</summary>
internal sealed record JournalProgressJson(long Schedules, long Steps, string? ResumeToken);

/// <summary>An exported <see cref="IommuActors.Journal.RunSummary"/>.</summary>
internal sealed record JournalSummaryJson(long Schedules, long Steps, bool Exhaustive, int Violations, DateTimeOffset Ended, string? CoverageJson);

/// <summary>An exported <see cref="IommuActors.Journal.ViolationEntry"/> (its run is the enclosing one).</summary>
internal sealed record JournalViolationJson
{
    public required long JournalId { get; init; }

    public required string ViolationId { get; init; }

    public required string Message { get; init; }

    public required int ScheduleIndex { get; init; }

    public required string Schedule { get; init; }

    public string? MinimizedSchedule { get; init; }

    public required string ScheduleHash { get; init; }

    public required string StateHash { get; init; }

    public required string Verdict { get; init; }
}
