using Npgsql;

namespace IommuActors.Journal.Postgres;

/// <content>Runs, checkpoints and violations.</content>
public sealed partial class PostgresRunJournal
{
    /// <inheritdoc/>
    public Task<long> StartRunAsync(RunInfo run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        return _executor.InTransactionAsync(
            async (connection, transaction, token) =>
            {
                await using var command = new NpgsqlCommand(
                    "INSERT INTO runs (scenario, variant, kernel, fixes, strategy, seed, iterations, max_steps, tool_version, source_file, started) "
                    + "VALUES (@scenario, @variant, @kernel, @fixes, @strategy, @seed, @iterations, @max_steps, @tool_version, @source_file, @started) RETURNING id",
                    connection,
                    transaction);
                command.Add("scenario", run.Scenario);
                command.Add("variant", run.Variant);
                command.Add("kernel", run.Kernel);
                command.Add("fixes", run.Fixes.ToArray());
                command.Add("strategy", run.Strategy);
                command.Add("seed", (decimal)run.Seed);
                command.Add("iterations", run.Iterations);
                command.Add("max_steps", run.MaxSteps);
                command.Add("tool_version", run.ToolVersion);
                command.Add("source_file", run.SourceFile);
                command.Add("started", PostgresRows.Utc(run.Started));
                return (long)(await command.ExecuteScalarAsync(token))!;
            },
            cancellationToken);
    }

    /// <inheritdoc/>
    public Task CheckpointAsync(long runId, RunProgress progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(progress);
        return UpdateRunAsync(
            runId,
            "UPDATE runs SET checkpoint_schedules = @schedules, checkpoint_steps = @steps, resume_token = @token WHERE id = @id",
            command =>
            {
                command.Add("schedules", progress.Schedules);
                command.Add("steps", progress.Steps);
                command.Add("token", progress.ResumeToken);
            },
            cancellationToken);
    }

    /// <inheritdoc/>
    public Task CompleteRunAsync(long runId, RunSummary summary, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return UpdateRunAsync(
            runId,
            "UPDATE runs SET ended = @ended, schedules = @schedules, steps = @steps, exhaustive = @exhaustive, violations = @violations, "
            + "coverage_json = @coverage WHERE id = @id",
            command =>
            {
                command.Add("ended", PostgresRows.Utc(summary.Ended));
                command.Add("schedules", summary.Schedules);
                command.Add("steps", summary.Steps);
                command.Add("exhaustive", summary.Exhaustive);
                command.Add("violations", summary.Violations);
                command.Add("coverage", summary.CoverageJson);
            },
            cancellationToken);
    }

    /// <inheritdoc/>
    public Task<long> RecordViolationAsync(ViolationEntry violation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(violation);
        return _executor.InTransactionAsync(
            async (connection, transaction, token) =>
            {
                await RequireRunAsync(connection, transaction, violation.RunId, token);
                await using var command = new NpgsqlCommand(
                    "INSERT INTO violations (run_id, violation_id, message, schedule_index, schedule, minimized_schedule, schedule_hash, state_hash, verdict) "
                    + "VALUES (@run, @vid, @message, @index, @schedule, @minimized, @schedule_hash, @state_hash, @verdict) RETURNING id",
                    connection,
                    transaction);
                command.Add("run", violation.RunId);
                command.Add("vid", violation.ViolationId);
                command.Add("message", violation.Message);
                command.Add("index", violation.ScheduleIndex);
                command.Add("schedule", violation.Schedule);
                command.Add("minimized", violation.MinimizedSchedule);
                command.Add("schedule_hash", violation.ScheduleHash);
                command.Add("state_hash", violation.StateHash);
                command.Add("verdict", violation.Verdict);
                return (long)(await command.ExecuteScalarAsync(token))!;
            },
            cancellationToken);
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<RunEntry>> ListRunsAsync(CancellationToken cancellationToken) =>
        QueryAsync($"SELECT {PostgresRows.RunColumns} FROM runs ORDER BY started DESC, id DESC", _ => { }, PostgresRows.ReadRun, cancellationToken);

    /// <inheritdoc/>
    public async Task<RunEntry?> GetRunAsync(long runId, CancellationToken cancellationToken)
    {
        var rows = await QueryAsync($"SELECT {PostgresRows.RunColumns} FROM runs WHERE id = @id", c => c.Add("id", runId), PostgresRows.ReadRun, cancellationToken);
        return rows.Count == 0 ? null : rows[0];
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<ViolationEntry>> GetViolationsAsync(long runId, CancellationToken cancellationToken) =>
        QueryAsync($"SELECT {PostgresRows.ViolationColumns} FROM violations WHERE run_id = @id ORDER BY id", c => c.Add("id", runId), PostgresRows.ReadViolation, cancellationToken);

    /// <inheritdoc/>
    public async Task<ViolationEntry?> GetViolationAsync(long journalId, CancellationToken cancellationToken)
    {
        var rows = await QueryAsync($"SELECT {PostgresRows.ViolationColumns} FROM violations WHERE id = @id", c => c.Add("id", journalId), PostgresRows.ReadViolation, cancellationToken);
        return rows.Count == 0 ? null : rows[0];
    }

    private Task UpdateRunAsync(long runId, string sql, Action<NpgsqlCommand> bind, CancellationToken cancellationToken) =>
        _executor.InTransactionAsync(
            async (connection, transaction, token) =>
            {
                await using var command = new NpgsqlCommand(sql, connection, transaction);
                command.Add("id", runId);
                bind(command);
                if (await command.ExecuteNonQueryAsync(token) == 0)
                {
                    throw new JournalException($"{Description}: run {runId} does not exist");
                }

                return true;
            },
            cancellationToken);

    private async Task RequireRunAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long runId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT 1 FROM runs WHERE id = @id FOR SHARE", connection, transaction);
        command.Add("id", runId);
        if (await command.ExecuteScalarAsync(cancellationToken) is null)
        {
            throw new JournalException($"{Description}: run {runId} does not exist");
        }
    }

    private Task<IReadOnlyList<T>> QueryAsync<T>(string sql, Action<NpgsqlCommand> bind, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken) =>
        _executor.InTransactionAsync<IReadOnlyList<T>>(
            async (connection, transaction, token) =>
            {
                await using var command = new NpgsqlCommand(sql, connection, transaction);
                bind(command);
                await using var reader = await command.ExecuteReaderAsync(token);
                var rows = new List<T>();
                while (await reader.ReadAsync(token))
                {
                    rows.Add(read(reader));
                }

                return rows;
            },
            cancellationToken);
}
