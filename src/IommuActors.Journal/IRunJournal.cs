namespace IommuActors.Journal;

/// <summary>
/// Where runs, checkpoints and violations are persisted (SQLite by default, PostgreSQL on request), plus an
/// Akka.Persistence-shaped event journal. Every method is atomic: a crash leaves either all of a write or none of it.
/// </summary>
public interface IRunJournal : IAsyncDisposable
{
    /// <summary>Gets a description for messages, e.g. <c>sqlite:.iommu-actors/journal.db</c> (no secrets).</summary>
    string Description { get; }

    /// <summary>Creates the schema if needed; refuses a journal written by a newer schema version.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>Records a new run and returns its id.</summary>
    Task<long> StartRunAsync(RunInfo run, CancellationToken cancellationToken);

    /// <summary>Records a progress checkpoint (the latest one wins).</summary>
    Task CheckpointAsync(long runId, RunProgress progress, CancellationToken cancellationToken);

    /// <summary>Records a violation and returns its journal id.</summary>
    Task<long> RecordViolationAsync(ViolationEntry violation, CancellationToken cancellationToken);

    /// <summary>Records how a run ended.</summary>
    Task CompleteRunAsync(long runId, RunSummary summary, CancellationToken cancellationToken);

    /// <summary>Lists runs, newest first.</summary>
    Task<IReadOnlyList<RunEntry>> ListRunsAsync(CancellationToken cancellationToken);

    /// <summary>Finds a run.</summary>
    Task<RunEntry?> GetRunAsync(long runId, CancellationToken cancellationToken);

    /// <summary>Lists a run's violations in the order recorded.</summary>
    Task<IReadOnlyList<ViolationEntry>> GetViolationsAsync(long runId, CancellationToken cancellationToken);

    /// <summary>Finds a violation by journal id.</summary>
    Task<ViolationEntry?> GetViolationAsync(long journalId, CancellationToken cancellationToken);

    /// <summary>Appends events atomically; a duplicate (persistence id, sequence number) fails the whole batch.</summary>
    Task AppendAsync(IReadOnlyList<JournalEvent> events, CancellationToken cancellationToken);

    /// <summary>Reads a stream's events with sequence numbers in [from, to], in order.</summary>
    Task<IReadOnlyList<JournalEvent>> ReplayAsync(string persistenceId, long fromSequenceNumber, long toSequenceNumber, CancellationToken cancellationToken);

    /// <summary>The highest sequence number written to a stream (0 when empty).</summary>
    Task<long> HighestSequenceNumberAsync(string persistenceId, CancellationToken cancellationToken);
}
