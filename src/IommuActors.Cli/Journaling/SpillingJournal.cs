using IommuActors.Journal;

namespace IommuActors.Cli.Journaling;

/// <summary>
/// Wraps the journal an <c>explore</c> writes to. When a write fails with a <see cref="JournalException"/> (the journal
/// became unavailable), everything it has not confirmed — the run info, the latest checkpoint, the violations and
/// events whose writes did not succeed, the summary — goes to a local SQLite spill file (see <see cref="SpillFile"/>),
/// and the failure is rethrown as one <see cref="JournalException"/> naming the journal, the reason and the spill
/// file, which stops the run. Reads pass through; disposing does not dispose the wrapped journal.
/// </summary>
internal sealed class SpillingJournal : IRunJournal
{
    private readonly IRunJournal _inner;
    private readonly RunInfo _info;
    private readonly List<ViolationEntry> _unconfirmed = [];
    private readonly List<JournalEvent> _unconfirmedEvents = [];
    private RunProgress? _progress;
    private RunSummary? _summary;
    private long? _runId;

    /// <summary>Creates the wrapper.</summary>
    /// <param name="inner">The journal.</param>
    /// <param name="info">The run being journaled (saved to the spill file if the journal fails).</param>
    public SpillingJournal(IRunJournal inner, RunInfo info)
    {
        _inner = inner;
        _info = info;
    }

    /// <inheritdoc/>
    public string Description => _inner.Description;

    /// <summary>Gets the spill file written, or null while the journal works.</summary>
    public string? SpilledTo { get; private set; }

    /// <inheritdoc/>
    public Task InitializeAsync(CancellationToken cancellationToken) => _inner.InitializeAsync(cancellationToken);

    /// <inheritdoc/>
    public async Task<long> StartRunAsync(RunInfo run, CancellationToken cancellationToken)
    {
        var id = await GuardAsync(() => _inner.StartRunAsync(run, cancellationToken)).ConfigureAwait(false);
        _runId = id;
        return id;
    }

    /// <inheritdoc/>
    public async Task CheckpointAsync(long runId, RunProgress progress, CancellationToken cancellationToken)
    {
        _runId ??= runId;
        _progress = progress;
        await GuardAsync(() => Done(_inner.CheckpointAsync(runId, progress, cancellationToken))).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task<long> RecordViolationAsync(ViolationEntry violation, CancellationToken cancellationToken)
    {
        _runId ??= violation.RunId;
        _unconfirmed.Add(violation);
        var id = await GuardAsync(() => _inner.RecordViolationAsync(violation, cancellationToken)).ConfigureAwait(false);
        _unconfirmed.Remove(violation);
        return id;
    }

    /// <inheritdoc/>
    public async Task CompleteRunAsync(long runId, RunSummary summary, CancellationToken cancellationToken)
    {
        _runId ??= runId;
        _summary = summary;
        await GuardAsync(() => Done(_inner.CompleteRunAsync(runId, summary, cancellationToken))).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task AppendAsync(IReadOnlyList<JournalEvent> events, CancellationToken cancellationToken)
    {
        _unconfirmedEvents.AddRange(events);
        await GuardAsync(() => Done(_inner.AppendAsync(events, cancellationToken))).ConfigureAwait(false);
        _unconfirmedEvents.Clear();
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<RunEntry>> ListRunsAsync(CancellationToken cancellationToken) => _inner.ListRunsAsync(cancellationToken);

    /// <inheritdoc/>
    public Task<RunEntry?> GetRunAsync(long runId, CancellationToken cancellationToken) => _inner.GetRunAsync(runId, cancellationToken);

    /// <inheritdoc/>
    public Task<IReadOnlyList<ViolationEntry>> GetViolationsAsync(long runId, CancellationToken cancellationToken) => _inner.GetViolationsAsync(runId, cancellationToken);

    /// <inheritdoc/>
    public Task<ViolationEntry?> GetViolationAsync(long journalId, CancellationToken cancellationToken) => _inner.GetViolationAsync(journalId, cancellationToken);

    /// <inheritdoc/>
    public Task<IReadOnlyList<JournalEvent>> ReplayAsync(string persistenceId, long fromSequenceNumber, long toSequenceNumber, CancellationToken cancellationToken) =>
        _inner.ReplayAsync(persistenceId, fromSequenceNumber, toSequenceNumber, cancellationToken);

    /// <inheritdoc/>
    public Task<long> HighestSequenceNumberAsync(string persistenceId, CancellationToken cancellationToken) =>
        _inner.HighestSequenceNumberAsync(persistenceId, cancellationToken);

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static async Task<bool> Done(Task task)
    {
        await task.ConfigureAwait(false);
        return true;
    }

    private async Task<T> GuardAsync<T>(Func<Task<T>> write)
    {
        try
        {
            return await write().ConfigureAwait(false);
        }
        catch (JournalException ex)
        {
            throw await SpillAsync(ex).ConfigureAwait(false);
        }
    }

    private async Task<JournalException> SpillAsync(JournalException failure)
    {
        var reason = failure.Message.StartsWith(_inner.Description, StringComparison.Ordinal) ? failure.Message : $"{_inner.Description}: {failure.Message}";
        var count = _unconfirmed.Count;
        var violations = count == 1 ? "1 violation" : $"{count} violations";
        try
        {
            var contents = new SpillContents(_info, _progress, [.. _unconfirmed], [.. _unconfirmedEvents], _summary);
            var path = await SpillFile.WriteAsync(contents, _runId).ConfigureAwait(false);
            SpilledTo = path;
            var saved = count == 0
                ? $"no violation was left unwritten; the run was saved to {path}"
                : $"{violations} saved to {path}";
            return new JournalException(
                $"{reason}; {saved} (import them later: iommu-actors journal export spill.json --journal sqlite:{path}, then iommu-actors journal import spill.json)",
                failure);
        }
        catch (Exception ex) when (ex is JournalException or IOException or UnauthorizedAccessException)
        {
            return new JournalException($"{reason}; could not save {violations} to a spill file either: {ex.Message}", failure);
        }
    }
}
