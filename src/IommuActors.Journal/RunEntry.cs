namespace IommuActors.Journal;

/// <summary>A journaled run: its start record, latest checkpoint and summary.</summary>
/// <param name="RunId">The run id.</param>
/// <param name="Info">What it explores.</param>
/// <param name="Progress">The latest checkpoint, or null.</param>
/// <param name="Summary">The summary, or null while the run has not ended (or was interrupted).</param>
public sealed record RunEntry(long RunId, RunInfo Info, RunProgress? Progress, RunSummary? Summary);
