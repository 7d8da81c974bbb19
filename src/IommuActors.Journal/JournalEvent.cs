namespace IommuActors.Journal;

/// <summary>One row of the Akka.Persistence.Sql-shaped event journal.</summary>
/// <param name="PersistenceId">The stream, e.g. <c>run-12</c>.</param>
/// <param name="SequenceNumber">1-based position in the stream.</param>
/// <param name="Manifest">The payload's type name.</param>
/// <param name="Payload">The payload (UTF-8 JSON or schedule text).</param>
/// <param name="Tags">Tags, e.g. <c>violation</c>, <c>schedule</c>.</param>
/// <param name="WriterUuid">The writing process's id.</param>
public sealed record JournalEvent(string PersistenceId, long SequenceNumber, string Manifest, byte[] Payload, IReadOnlyList<string> Tags, string WriterUuid)
{
    /// <summary>Gets the global ordering assigned on write (0 before).</summary>
    public long Ordering { get; init; }

    /// <summary>Gets the time it was written (UTC, from the caller).</summary>
    public DateTimeOffset Created { get; init; }
}
