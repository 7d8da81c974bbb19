namespace IommuActors.Journal.Sqlite;

/// <content>Violations.</content>
public sealed partial class SqliteRunJournal
{
    private const string ViolationColumns = "id, run_id, violation_id, message, schedule_index, schedule, minimized_schedule, schedule_hash, state_hash, verdict";

    /// <inheritdoc/>
    public Task<long> RecordViolationAsync(ViolationEntry violation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(violation);
        return WriteAsync(
            connection =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = "INSERT INTO violations (run_id, violation_id, message, schedule_index, schedule, minimized_schedule, schedule_hash, state_hash, verdict) "
                    + "VALUES ($run_id, $violation_id, $message, $schedule_index, $schedule, $minimized, $schedule_hash, $state_hash, $verdict);";
                SqliteValues.Add(command, "$run_id", violation.RunId);
                SqliteValues.Add(command, "$violation_id", violation.ViolationId);
                SqliteValues.Add(command, "$message", violation.Message);
                SqliteValues.Add(command, "$schedule_index", violation.ScheduleIndex);
                SqliteValues.Add(command, "$schedule", violation.Schedule);
                SqliteValues.Add(command, "$minimized", violation.MinimizedSchedule);
                SqliteValues.Add(command, "$schedule_hash", violation.ScheduleHash);
                SqliteValues.Add(command, "$state_hash", violation.StateHash);
                SqliteValues.Add(command, "$verdict", violation.Verdict);
                return SqliteValues.Insert(command);
            },
            cancellationToken);
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<ViolationEntry>> GetViolationsAsync(long runId, CancellationToken cancellationToken) =>
        RunAsync(
            (connection, _) =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = "SELECT " + ViolationColumns + " FROM violations WHERE run_id = $run_id ORDER BY id;";
                SqliteValues.Add(command, "$run_id", runId);
                return SqliteRows.All(command, SqliteRows.Violation);
            },
            cancellationToken);

    /// <inheritdoc/>
    public Task<ViolationEntry?> GetViolationAsync(long journalId, CancellationToken cancellationToken) =>
        RunAsync(
            (connection, _) =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = "SELECT " + ViolationColumns + " FROM violations WHERE id = $id;";
                SqliteValues.Add(command, "$id", journalId);
                using var reader = command.ExecuteReader();
                return reader.Read() ? SqliteRows.Violation(reader) : null;
            },
            cancellationToken);
}
