using Npgsql;

namespace IommuActors.Journal.Postgres;

/// <content>The Akka.Persistence.Sql-shaped event journal.</content>
public sealed partial class PostgresRunJournal
{
    private const string UniqueViolation = "23505";

    /// <inheritdoc/>
    public async Task AppendAsync(IReadOnlyList<JournalEvent> events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count == 0)
        {
            return;
        }

        try
        {
            await _executor.InTransactionAsync(
                async (connection, transaction, token) =>
                {
                    await using var batch = new NpgsqlBatch(connection, transaction);
                    foreach (var e in events)
                    {
                        var command = new NpgsqlBatchCommand(
                            "INSERT INTO journal (persistence_id, sequence_number, created, tags, payload, manifest, writer_uuid) "
                            + "VALUES ($1, $2, $3, $4, $5, $6, $7)");
                        command.Parameters.Add(new NpgsqlParameter { Value = e.PersistenceId });
                        command.Parameters.Add(new NpgsqlParameter { Value = e.SequenceNumber });
                        command.Parameters.Add(new NpgsqlParameter { Value = PostgresRows.Utc(e.Created) });
                        command.Parameters.Add(new NpgsqlParameter { Value = e.Tags.ToArray() });
                        command.Parameters.Add(new NpgsqlParameter { Value = e.Payload });
                        command.Parameters.Add(new NpgsqlParameter { Value = e.Manifest });
                        command.Parameters.Add(new NpgsqlParameter { Value = e.WriterUuid });
                        batch.BatchCommands.Add(command);
                    }

                    await batch.ExecuteNonQueryAsync(token);
                    return true;
                },
                cancellationToken);
        }
        catch (JournalException ex) when (ex.InnerException is PostgresException { SqlState: UniqueViolation } pg)
        {
            throw new JournalException($"{Description}: duplicate event ({pg.Detail ?? pg.ConstraintName}); nothing of the batch was written", pg);
        }
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<JournalEvent>> ReplayAsync(string persistenceId, long fromSequenceNumber, long toSequenceNumber, CancellationToken cancellationToken) =>
        QueryAsync(
            $"SELECT {PostgresRows.EventColumns} FROM journal WHERE persistence_id = @p AND sequence_number BETWEEN @from AND @to AND NOT deleted ORDER BY sequence_number",
            c =>
            {
                c.Add("p", persistenceId);
                c.Add("from", fromSequenceNumber);
                c.Add("to", toSequenceNumber);
            },
            PostgresRows.ReadEvent,
            cancellationToken);

    /// <inheritdoc/>
    public Task<long> HighestSequenceNumberAsync(string persistenceId, CancellationToken cancellationToken) =>
        _executor.InTransactionAsync(
            async (connection, transaction, token) =>
            {
                await using var command = new NpgsqlCommand("SELECT COALESCE(MAX(sequence_number), 0) FROM journal WHERE persistence_id = @p", connection, transaction);
                command.Add("p", persistenceId);
                return (long)(await command.ExecuteScalarAsync(token))!;
            },
            cancellationToken);
}
