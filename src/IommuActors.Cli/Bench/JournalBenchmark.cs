using System.Diagnostics;
using System.Globalization;
using IommuActors.Cli.Journaling;
using IommuActors.Journal;
using IommuActors.Journal.Postgres;
using IommuActors.Journal.Sqlite;
using Npgsql;

namespace IommuActors.Cli.Bench;

/// <summary>
/// <c>bench journal</c>: violations written per second and record-all schedules appended per second (with bytes per
/// schedule) on SQLite (a temp file) and PostgreSQL (a fresh schema), and the journaling overhead of <c>explore</c>.
/// </summary>
internal static class JournalBenchmark
{
    /// <summary>The PostgreSQL server, as for the journal tests.</summary>
    public const string PostgresVariable = "IOMMUACTORS_TEST_PG";

    /// <summary>The server used when <see cref="PostgresVariable"/> is unset.</summary>
    public const string DefaultPostgres = "Host=127.0.0.1;Port=5432;Username=iommu;Password=iommu;Database=iommu_actors_test";

    /// <summary>Steps per written schedule (a typical violating schedule of the seed scenarios).</summary>
    public const int ScheduleSteps = 30;

    /// <summary>The scenario and variant of the timed <c>explore</c> (the configured default strategy unless the request names one).</summary>
    public static readonly string[] ExploreArgs = ["explore", "scenarios/apple-display-multi-dart.conf", "--variant", "mainline"];

    private static readonly string[] Actors = ["/user/init", "/user/deferred-probe", "/user/async-probe", "/user/modprobe", "/user/dart0", "/user/dart1", "/user/disp0"];

    private static readonly string[] Messages = ["KThreadActor.Work", "KThreadActor.Run", "ProbeDevice", "DeferredProbeTrigger", "OfXlate", "BusIommuProbe", "DriverAttach"];

    /// <summary>Runs the benchmark.</summary>
    /// <param name="request">What to measure.</param>
    /// <returns>The document.</returns>
    /// <exception cref="JournalException">A journal cannot be used.</exception>
    public static JournalBenchJson Run(JournalBenchRequest request)
    {
        var backends = request.Backends.Select(b => b == "postgres" ? MeasurePostgres(request) : MeasureSqlite(request)).ToList();
        var overhead = request.ExploreIterations > 0 ? MeasureExplore(request) : null;
        return new JournalBenchJson(ScheduleSteps, LiveRunRecorder.AppendBatch, backends, overhead);
    }

    /// <summary>A realistic schedule text: <see cref="ScheduleSteps"/> delivery lines between the model's threads.</summary>
    /// <param name="variant">Varies the steps.</param>
    /// <param name="steps">The number of steps.</param>
    /// <returns>The text, as <c>Schedule.ToText()</c> writes it.</returns>
    public static string ScheduleText(int variant, int steps)
    {
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < steps; i++)
        {
            var mix = (variant * 31) + (i * 7) + (variant % 5 * i);
            text.Append(CultureInfo.InvariantCulture, $"deliver {Actors[mix % Actors.Length]} <- {Actors[(mix / 3) % Actors.Length]} #{i / 2} {Messages[(mix / 2) % Messages.Length]}\n");
        }

        return text.ToString();
    }

    private static JournalBenchBackendJson MeasureSqlite(JournalBenchRequest request)
    {
        var directory = Path.Combine(Path.GetTempPath(), "iommu-actors-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            return Measure("sqlite", new SqliteRunJournal(Path.Combine(directory, "journal.db")), request);
        }
        finally
        {
            TryDelete(directory);
        }
    }

    private static JournalBenchBackendJson MeasurePostgres(JournalBenchRequest request)
    {
        var server = Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment : DefaultPostgres;
        var schema = "bench_" + Guid.NewGuid().ToString("N")[..12];
        RunSql(server, $"CREATE SCHEMA {schema}");
        try
        {
            var connection = new NpgsqlConnectionStringBuilder(server) { SearchPath = schema }.ConnectionString;
            return Measure("postgres", new PostgresRunJournal(connection), request);
        }
        finally
        {
            RunSql(server, $"DROP SCHEMA IF EXISTS {schema} CASCADE");
        }
    }

    private static void RunSql(string server, string sql)
    {
        try
        {
            using var connection = new NpgsqlConnection(server);
            connection.Open();
            using var command = new NpgsqlCommand(sql, connection);
            command.ExecuteNonQuery();
        }
        catch (NpgsqlException ex)
        {
            var builder = new NpgsqlConnectionStringBuilder(server);
            throw new JournalException($"postgres:Host={builder.Host};Port={builder.Port};Database={builder.Database}: {ex.Message} (set {PostgresVariable})", ex);
        }
    }

    private static JournalBenchBackendJson Measure(string backend, IRunJournal journal, JournalBenchRequest request)
    {
        var ct = CancellationToken.None;
        try
        {
            journal.InitializeAsync(ct).GetAwaiter().GetResult();
            var info = new RunInfo("bench:journal", null, null, "random(seed=1)", 1, request.Violations, 10_000, ExploreJournal.ToolVersion, TimeProvider.System.GetUtcNow());
            var runId = journal.StartRunAsync(info, ct).GetAwaiter().GetResult();
            var violations = Enumerable.Range(0, request.Violations).Select(i => Violation(runId, i)).ToList();
            var watch = Stopwatch.StartNew();
            foreach (var violation in violations)
            {
                journal.RecordViolationAsync(violation, ct).GetAwaiter().GetResult();
            }

            var violationSeconds = watch.Elapsed.TotalSeconds;
            var texts = Enumerable.Range(0, request.Schedules).Select(i => ScheduleText(i, ScheduleSteps)).ToList();
            var writer = Guid.NewGuid().ToString("N");
            var stream = ScheduleCodec.PersistenceId(runId);
            long bytes = 0;
            var pending = new List<JournalEvent>(LiveRunRecorder.AppendBatch);
            watch.Restart();
            for (var i = 0; i < texts.Count; i++)
            {
                var payload = ScheduleCodec.Encode(texts[i]);
                bytes += payload.Length;
                pending.Add(new JournalEvent(stream, i + 1, ScheduleCodec.Manifest, payload, ["schedule"], writer) { Created = TimeProvider.System.GetUtcNow() });
                if (pending.Count >= LiveRunRecorder.AppendBatch || i == texts.Count - 1)
                {
                    journal.AppendAsync([.. pending], ct).GetAwaiter().GetResult();
                    pending.Clear();
                }
            }

            var scheduleSeconds = watch.Elapsed.TotalSeconds;
            return new JournalBenchBackendJson(
                backend,
                journal.Description,
                request.Violations,
                Math.Round(violationSeconds, 4),
                Math.Round(request.Violations / violationSeconds, 1),
                request.Schedules,
                Math.Round(scheduleSeconds, 4),
                Math.Round(request.Schedules / scheduleSeconds, 1),
                Math.Round((double)bytes / request.Schedules, 1));
        }
        finally
        {
            journal.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    private static ViolationEntry Violation(long runId, int index)
    {
        var hash = ((ulong)index * 0x9E3779B97F4A7C15UL).ToString("x16", CultureInfo.InvariantCulture);
        return new ViolationEntry(
            runId,
            "partial-iommu-probe",
            "device /soc/disp0 probed with 1 of 2 IOMMUs configured",
            index,
            ScheduleText(index, ScheduleSteps),
            ScheduleText(index, ScheduleSteps / 3),
            hash,
            hash[8..] + hash[..8],
            "Reproduced");
    }

    private static JournalBenchOverheadJson MeasureExplore(JournalBenchRequest request)
    {
        var scenario = RepositoryPaths.Resolve(ExploreArgs[1]);
        if (!File.Exists(scenario))
        {
            throw new UsageException($"{ExploreArgs[1]}: not found (run bench journal from the repository).");
        }

        var iterations = request.ExploreIterations.ToString(CultureInfo.InvariantCulture);
        string[] strategy = request.ExploreStrategy is { } named ? ["--strategy", named] : [];
        string[] args = [ExploreArgs[0], scenario, .. ExploreArgs[2..], .. strategy, "--iterations", iterations];
        var directory = Path.Combine(Path.GetTempPath(), "iommu-actors-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            var journal = "sqlite:" + Path.Combine(directory, "journal.db");
            TimeExplore(args, "none"); // warm-up: JIT and the scenario's first load
            var none = new List<double>();
            var sqlite = new List<double>();
            for (var run = 0; run < request.ExploreRuns; run++)
            {
                none.Add(TimeExplore(args, "none"));
                sqlite.Add(TimeExplore(args, journal));
            }

            var noneMedian = Median(none);
            var sqliteMedian = Median(sqlite);
            return new JournalBenchOverheadJson(
                string.Join(' ', [.. ExploreArgs, .. strategy, "--iterations", iterations]),
                request.ExploreRuns,
                [.. none.Select(s => Math.Round(s, 4))],
                [.. sqlite.Select(s => Math.Round(s, 4))],
                Math.Round(noneMedian, 4),
                Math.Round(sqliteMedian, 4),
                Math.Round((sqliteMedian - noneMedian) / noneMedian * 100, 1));
        }
        finally
        {
            TryDelete(directory);
        }
    }

    private static double TimeExplore(string[] args, string journal)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var watch = Stopwatch.StartNew();
        var code = CliApp.Run([.. args, "--journal", journal], stdout, stderr);
        var seconds = watch.Elapsed.TotalSeconds;
        if (code is not ((int)ExitCode.Success or (int)ExitCode.ViolationFound))
        {
            throw new UsageException($"the timed explore failed (exit {code}): {stderr.ToString().Trim()}");
        }

        return seconds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A pooled SQLite connection may still hold the file for a moment; the temp directory is left behind.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}
