using Microsoft.Data.Sqlite;

namespace IommuActors.Journal.Sqlite;

/// <content>The Akka.Persistence.Sql-shaped event journal.</content>
public sealed partial class SqliteRunJournal
{
    /// <inheritdoc/>
    public Task AppendAsync(IReadOnlyList<JournalEvent> events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count == 0)
        {
            return Task.CompletedTask;
        }

        return WriteAsync(
            connection =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = "INSERT INTO journal (deleted, persistence_id, sequence_number, created, tags, payload, manifest, writer_uuid) "
                    + "VALUES (0, $pid, $seq, $created, $tags, $payload, $manifest, $writer);";
                var pid = command.Parameters.Add("$pid", SqliteType.Text);
                var seq = command.Parameters.Add("$seq", SqliteType.Integer);
                var created = command.Parameters.Add("$created", SqliteType.Text);
                var tags = command.Parameters.Add("$tags", SqliteType.Text);
                var payload = command.Parameters.Add("$payload", SqliteType.Blob);
                var manifest = command.Parameters.Add("$manifest", SqliteType.Text);
                var writer = command.Parameters.Add("$writer", SqliteType.Text);
                foreach (var e in events)
                {
                    ArgumentNullException.ThrowIfNull(e);
                    pid.Value = e.PersistenceId;
                    seq.Value = e.SequenceNumber;
                    created.Value = SqliteValues.Time(e.Created);
                    tags.Value = SqliteValues.List(e.Tags);
                    payload.Value = e.Payload;
                    manifest.Value = e.Manifest;
                    writer.Value = e.WriterUuid;
                    command.ExecuteNonQuery();
                }

                return events.Count;
            },
            cancellationToken);
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<JournalEvent>> ReplayAsync(string persistenceId, long fromSequenceNumber, long toSequenceNumber, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(persistenceId);
        return RunAsync(
            (connection, _) =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = "SELECT ordering, persistence_id, sequence_number, created, tags, payload, manifest, writer_uuid FROM journal "
                    + "WHERE persistence_id = $pid AND sequence_number BETWEEN $from AND $to AND deleted = 0 ORDER BY sequence_number;";
                SqliteValues.Add(command, "$pid", persistenceId);
                SqliteValues.Add(command, "$from", fromSequenceNumber);
                SqliteValues.Add(command, "$to", toSequenceNumber);
                return SqliteRows.All(command, SqliteRows.Event);
            },
            cancellationToken);
    }

    /// <inheritdoc/>
    public Task<long> HighestSequenceNumberAsync(string persistenceId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(persistenceId);
        return RunAsync(
            (connection, _) =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = "SELECT coalesce(max(sequence_number), 0) FROM journal WHERE persistence_id = $pid;";
                SqliteValues.Add(command, "$pid", persistenceId);
                return (long)command.ExecuteScalar()!;
            },
            cancellationToken);
    }
}
