using IommuActors.Kernel;

namespace IommuActors.Cli.Report;

/// <summary>Everything a violation report shows, built from the journal and a replay; names are raw here and escaped when rendered.</summary>
internal sealed record ReportModel
{
    public required long JournalId { get; init; }

    public required string ViolationId { get; init; }

    public required string Message { get; init; }

    public required string Scenario { get; init; }

    public required string Variant { get; init; }

    public required string Kernel { get; init; }

    public required bool Minimized { get; init; }

    public required bool Reproduced { get; init; }

    public required IReadOnlyList<string> Lanes { get; init; }

    public required IReadOnlyList<ReportStep> Steps { get; init; }

    public required IReadOnlyList<string> SetupDmesg { get; init; }

    public ReportDiff? Diff { get; init; }

    /// <summary>Gets the step the violation showed at: the last one.</summary>
    public int ViolatingStep => Steps.Count - 1;
}

/// <summary>One delivery: who sent what to whom, the data choices it made, what it printed, and the state after it.</summary>
internal sealed record ReportStep(
    int Index,
    string Kind,
    string Receiver,
    string Sender,
    string Message,
    IReadOnlyList<string> Choices,
    IReadOnlyList<string> Dmesg,
    IReadOnlyList<LockHold> Locks,
    IReadOnlyList<StreamMapping> Streams);

/// <summary>The nearest passing schedule: where it parts from the failing one and how it goes on from there.</summary>
internal sealed record ReportDiff(int FirstDifference, int ChangedSteps, int Runs, IReadOnlyList<string> FailingFrom, IReadOnlyList<string> PassingFrom);
