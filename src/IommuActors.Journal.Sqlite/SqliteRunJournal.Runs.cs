using Microsoft.Data.Sqlite;

namespace IommuActors.Journal.Sqlite;

/// <content>Runs, checkpoints and summaries.</content>
public sealed partial class SqliteRunJournal
{
    private const string RunColumns = "id, scenario, variant, kernel, fixes, strategy, seed, iterations, max_steps, tool_version, source_file, started, "
        + "ended, schedules, steps, exhaustive, violations, coverage_json, checkpoint_schedules, checkpoint_steps, resume_token";

    /// <inheritdoc/>
    public Task<long> StartRunAsync(RunInfo run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        return WriteAsync(
            connection =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = "INSERT INTO runs (scenario, variant, kernel, fixes, strategy, seed, iterations, max_steps, tool_version, source_file, started) "
                    + "VALUES ($scenario, $variant, $kernel, $fixes, $strategy, $seed, $iterations, $max_steps, $tool_version, $source_file, $started);";
                SqliteValues.Add(command, "$scenario", run.Scenario);
                SqliteValues.Add(command, "$variant", run.Variant);
                SqliteValues.Add(command, "$kernel", run.Kernel);
                SqliteValues.Add(command, "$fixes", SqliteValues.List(run.Fixes));
                SqliteValues.Add(command, "$strategy", run.Strategy);
                SqliteValues.Add(command, "$seed", SqliteValues.Seed(run.Seed));
                SqliteValues.Add(command, "$iterations", run.Iterations);
                SqliteValues.Add(command, "$max_steps", run.MaxSteps);
                SqliteValues.Add(command, "$tool_version", run.ToolVersion);
                SqliteValues.Add(command, "$source_file", run.SourceFile);
                SqliteValues.Add(command, "$started", SqliteValues.Time(run.Started));
                return SqliteValues.Insert(command);
            },
            cancellationToken);
    }

    /// <inheritdoc/>
    public Task CheckpointAsync(long runId, RunProgress progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(progress);
        return WriteAsync(
            connection => UpdateRun(
                connection,
                runId,
                "checkpoint_schedules = $a, checkpoint_steps = $b, resume_token = $c",
                command =>
                {
                    SqliteValues.Add(command, "$a", progress.Schedules);
                    SqliteValues.Add(command, "$b", progress.Steps);
                    SqliteValues.Add(command, "$c", progress.ResumeToken);
                }),
            cancellationToken);
    }

    /// <inheritdoc/>
    public Task CompleteRunAsync(long runId, RunSummary summary, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return WriteAsync(
            connection => UpdateRun(
                connection,
                runId,
                "ended = $a, schedules = $b, steps = $c, exhaustive = $d, violations = $e, coverage_json = $f",
                command =>
                {
                    SqliteValues.Add(command, "$a", SqliteValues.Time(summary.Ended));
                    SqliteValues.Add(command, "$b", summary.Schedules);
                    SqliteValues.Add(command, "$c", summary.Steps);
                    SqliteValues.Add(command, "$d", summary.Exhaustive ? 1 : 0);
                    SqliteValues.Add(command, "$e", summary.Violations);
                    SqliteValues.Add(command, "$f", summary.CoverageJson);
                }),
            cancellationToken);
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<RunEntry>> ListRunsAsync(CancellationToken cancellationToken) =>
        RunAsync(
            static (connection, _) =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = "SELECT " + RunColumns + " FROM runs ORDER BY started DESC, id DESC;";
                return SqliteRows.All(command, SqliteRows.Run);
            },
            cancellationToken);

    /// <inheritdoc/>
    public Task<RunEntry?> GetRunAsync(long runId, CancellationToken cancellationToken) =>
        RunAsync(
            (connection, _) =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = "SELECT " + RunColumns + " FROM runs WHERE id = $id;";
                SqliteValues.Add(command, "$id", runId);
                using var reader = command.ExecuteReader();
                return reader.Read() ? SqliteRows.Run(reader) : null;
            },
            cancellationToken);

    private int UpdateRun(SqliteConnection connection, long runId, string assignments, Action<SqliteCommand> bind)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE runs SET " + assignments + " WHERE id = $id;";
        SqliteValues.Add(command, "$id", runId);
        bind(command);
        var rows = command.ExecuteNonQuery();
        return rows == 1 ? rows : throw new JournalException(FilePath + ": no run " + runId.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
