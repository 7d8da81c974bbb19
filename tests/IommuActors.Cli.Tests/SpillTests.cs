using System.Globalization;
using System.Text.Json;
using IommuActors.Cli.Journaling;
using IommuActors.Journal;
using IommuActors.Journal.Postgres;
using IommuActors.Journal.Sqlite;
using Npgsql;

namespace IommuActors.Cli.Tests;

public sealed class SpillTests : IDisposable
{
    private const int Budget = 1200;

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "iommu-actors-spill-" + Environment.ProcessId + "-" + Guid.NewGuid().ToString("N"));
    private readonly List<string> _spills = [];
    private readonly List<string> _uris = [];

    public SpillTests() => Directory.CreateDirectory(_directory);

    public void Dispose()
    {
        foreach (var uri in _uris)
        {
            JournalUri.Overrides.TryRemove(uri, out _);
        }

        foreach (var spill in _spills.Where(File.Exists))
        {
            foreach (var file in new[] { spill, spill + "-wal", spill + "-shm" }.Where(File.Exists))
            {
                File.Delete(file);
            }
        }

        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    public async Task JournalFailsAtAViolation_ExitsOneWithOneLine_AndNoViolationIsLost(int failAtViolation)
    {
        // Given: the violations of an uninterrupted run, and the call at which the k-th violation is written.
        var whole = Path.Combine(_directory, "whole.db");
        var (wholeCode, wholeOut, wholeErr) = Explore(Register(() => new SqliteRunJournal(whole)));
        wholeCode.ShouldBe(2, wholeErr);
        var expected = await ViolationsAsync(whole, JsonDocument.Parse(wholeOut).RootElement.GetProperty("journal").GetProperty("run_id").GetInt64());
        expected.Count.ShouldBeGreaterThan(failAtViolation);
        var counting = new FailingJournal(new SqliteRunJournal(Path.Combine(_directory, "count.db")), int.MaxValue);
        Explore(Register(() => counting)).ExitCode.ShouldBe(2);
        var succeedCalls = counting.Calls.Select((name, i) => (name, i)).Where(c => c.name == nameof(IRunJournal.RecordViolationAsync)).ElementAt(failAtViolation).i;

        // When: the journal fails every call from that one on.
        var main = Path.Combine(_directory, "main.db");
        var (code, stdout, stderr) = Explore(Register(() => new FailingJournal(new SqliteRunJournal(main), succeedCalls)));

        // Then: exit 1, one line naming the journal, the reason and the spill file, and main + spill hold every violation found, once.
        code.ShouldBe(1, stderr);
        stdout.ShouldBeEmpty();
        var line = CliTester.Lines(stderr).ShouldHaveSingleItem();
        line.ShouldStartWith("iommu-actors: error: failing:");
        line.ShouldContain("unavailable after 6 attempts: simulated outage");
        line.ShouldContain("; 1 violation saved to ");
        var spill = SpillPath(line);
        File.Exists(spill).ShouldBeTrue();
        var inMain = await ViolationsAsync(main, 1);
        inMain.Count.ShouldBe(failAtViolation);
        await using var spilled = await OpenAsync(spill);
        var run = (await spilled.ListRunsAsync(CancellationToken.None)).ShouldHaveSingleItem();
        run.Info.Scenario.ShouldBe("toy:lost-update");
        run.Info.Iterations.ShouldBe(Budget);
        var inSpill = (await spilled.GetViolationsAsync(run.RunId, CancellationToken.None)).Select(Key).ToList();
        inSpill.Count.ShouldBe(1);
        inMain.Concat(inSpill).ShouldBe(expected.Take(failAtViolation + 1));
    }

    [Fact]
    public async Task JournalFailsAtACheckpoint_SpillsTheRunWithItsProgress_AndSaysNoViolationWasLeft()
    {
        var counting = new FailingJournal(new SqliteRunJournal(Path.Combine(_directory, "count.db")), int.MaxValue);
        Explore(Register(() => counting)).ExitCode.ShouldBe(2);
        var failAt = counting.Calls.IndexOf(nameof(IRunJournal.CheckpointAsync));

        var (code, _, stderr) = Explore(Register(() => new FailingJournal(new SqliteRunJournal(Path.Combine(_directory, "main.db")), failAt)));

        code.ShouldBe(1, stderr);
        var line = CliTester.Lines(stderr).ShouldHaveSingleItem();
        line.ShouldContain("no violation was left unwritten; the run was saved to ");
        await using var spilled = await OpenAsync(SpillPath(line));
        var run = (await spilled.ListRunsAsync(CancellationToken.None)).ShouldHaveSingleItem();
        run.Progress.ShouldNotBeNull();
        (await spilled.GetViolationsAsync(run.RunId, CancellationToken.None)).ShouldBeEmpty();
    }

    [Fact]
    public void PostgresUnreachableFromTheStart_LogsEveryRetry_AndSaysNothingWasLost()
    {
        var (code, stdout, stderr) = CliTester.Run(
            "explore", "toy:lost-update", "--strategy", "random", "--iterations", "10", "--journal", "postgres:Host=127.0.0.1;Port=1;Username=nobody;Password=secret;Database=nowhere;Timeout=2");

        code.ShouldBe(1, stderr);
        stdout.ShouldBeEmpty();
        var lines = CliTester.Lines(stderr);
        lines.Count(l => l.StartsWith("journal: retry postgres:Host=127.0.0.1;Port=1;Database=nowhere: attempt ", StringComparison.Ordinal)).ShouldBe(5);
        var error = lines.Where(l => !l.StartsWith("journal: retry ", StringComparison.Ordinal)).ShouldHaveSingleItem();
        error.ShouldStartWith("iommu-actors: error: postgres:Host=127.0.0.1;Port=1;Database=nowhere: unavailable after 6 attempts: ");
        error.ShouldContain("nothing was explored, so there are no violations to save");
        stderr.ShouldNotContain("secret");
    }

    [Fact]
    public async Task PostgresStoppedMidRun_LogsTheRetries_ThenOneError_AndTheSpillFileHoldsTheViolationFound()
    {
        // Given: the violations of an uninterrupted run, and a real PostgreSQL behind a proxy that goes away
        // while the third violation is being written.
        const int cutAt = 3;
        var whole = Path.Combine(_directory, "whole.db");
        var (wholeCode, wholeOut, wholeErr) = Explore(Register(() => new SqliteRunJournal(whole)));
        wholeCode.ShouldBe(2, wholeErr);
        var expected = await ViolationsAsync(whole, JsonDocument.Parse(wholeOut).RootElement.GetProperty("journal").GetProperty("run_id").GetInt64());
        expected.Count.ShouldBeGreaterThan(cutAt);
        var server = new NpgsqlConnectionStringBuilder(TestPostgres.ConnectionString);
        var schema = "cli_spill_" + Guid.NewGuid().ToString("N");
        await TestPostgres.ExecuteAsync($"CREATE SCHEMA {schema}");
        try
        {
            using var proxy = new CuttingProxy(server.Host!, server.Port, "INSERT INTO violations", cutAt);
            var port = proxy.Port;
            var viaProxy = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Host = "127.0.0.1", Port = port, SearchPath = schema, Timeout = 3, SslMode = SslMode.Disable }; // clear text, so the proxy sees the statements

            // When
            var (code, stdout, stderr) = Explore("postgres:" + viaProxy.ConnectionString);

            // Then: the retries are logged, then one clear error naming the spill file, which holds the violation
            // whose write failed; the ones written before are in PostgreSQL.
            proxy.IsCut.ShouldBeTrue(stderr);
            code.ShouldBe(1, stderr);
            stdout.ShouldBeEmpty();
            var lines = CliTester.Lines(stderr);
            lines.Count(l => l.StartsWith($"journal: retry postgres:Host=127.0.0.1;Port={port};", StringComparison.Ordinal)).ShouldBe(5, stderr);
            var error = lines.Where(l => !l.StartsWith("journal: retry ", StringComparison.Ordinal)).ShouldHaveSingleItem();
            error.ShouldStartWith($"iommu-actors: error: postgres:Host=127.0.0.1;Port={port};");
            error.ShouldContain("unavailable after 6 attempts");
            error.ShouldContain("; 1 violation saved to ");
            stderr.ShouldNotContain("Password");
            await using var spilled = await OpenAsync(SpillPath(error));
            var run = (await spilled.ListRunsAsync(CancellationToken.None)).ShouldHaveSingleItem();
            var inSpill = (await spilled.GetViolationsAsync(run.RunId, CancellationToken.None)).Select(Key).ToList();
            await using var postgres = new PostgresRunJournal(new NpgsqlConnectionStringBuilder(server.ConnectionString) { SearchPath = schema }.ConnectionString);
            var pgRun = (await postgres.ListRunsAsync(CancellationToken.None)).ShouldHaveSingleItem();
            var inPostgres = (await postgres.GetViolationsAsync(pgRun.RunId, CancellationToken.None)).Select(Key).ToList();
            inPostgres.Count.ShouldBe(cutAt - 1);
            inPostgres.Concat(inSpill).ShouldBe(expected.Take(cutAt));
        }
        finally
        {
            await TestPostgres.ExecuteAsync($"DROP SCHEMA {schema} CASCADE");
        }
    }

    private string SpillPath(string line)
    {
        const string marker = " saved to ";
        var start = line.IndexOf(marker, StringComparison.Ordinal) + marker.Length;
        var end = line.IndexOf(" (import", start, StringComparison.Ordinal);
        var path = line[start..end];
        Path.GetFileName(path).ShouldStartWith("spill-");
        return Track(path);
    }

    private static (int ExitCode, string Stdout, string Stderr) Explore(string uri) =>
        CliTester.Run("explore", "toy:lost-update", "--strategy", "random", "--seed", "1", "--all", "--iterations", Budget.ToString(CultureInfo.InvariantCulture), "--json", "--journal", uri);

    private static string Key(ViolationEntry v) => $"{v.ScheduleIndex} {v.ViolationId} {v.ScheduleHash} {v.Schedule.Length}";

    private static async Task<SqliteRunJournal> OpenAsync(string path)
    {
        var journal = new SqliteRunJournal(path);
        await journal.InitializeAsync(CancellationToken.None);
        return journal;
    }

    private static async Task<List<string>> ViolationsAsync(string path, long runId)
    {
        await using var journal = await OpenAsync(path);
        return [.. (await journal.GetViolationsAsync(runId, CancellationToken.None)).Select(Key)];
    }

    private string Register(Func<IRunJournal> factory)
    {
        var uri = "test:" + Guid.NewGuid().ToString("N");
        JournalUri.Overrides[uri] = factory;
        _uris.Add(uri);
        return uri;
    }

    private string Track(string path)
    {
        _spills.Add(path);
        return path;
    }

    /// <summary>Passes the first <c>succeed</c> calls through, then fails every call as an unreachable server would.</summary>
    private sealed class FailingJournal(IRunJournal inner, int succeed) : IRunJournal
    {
        public List<string> Calls { get; } = [];

        public string Description => "failing:" + inner.Description;

        public Task InitializeAsync(CancellationToken cancellationToken) => Call(nameof(InitializeAsync), () => inner.InitializeAsync(cancellationToken));

        public Task<long> StartRunAsync(RunInfo run, CancellationToken cancellationToken) => Call(nameof(StartRunAsync), () => inner.StartRunAsync(run, cancellationToken));

        public Task CheckpointAsync(long runId, RunProgress progress, CancellationToken cancellationToken) => Call(nameof(CheckpointAsync), () => inner.CheckpointAsync(runId, progress, cancellationToken));

        public Task<long> RecordViolationAsync(ViolationEntry violation, CancellationToken cancellationToken) => Call(nameof(RecordViolationAsync), () => inner.RecordViolationAsync(violation, cancellationToken));

        public Task CompleteRunAsync(long runId, RunSummary summary, CancellationToken cancellationToken) => Call(nameof(CompleteRunAsync), () => inner.CompleteRunAsync(runId, summary, cancellationToken));

        public Task<IReadOnlyList<RunEntry>> ListRunsAsync(CancellationToken cancellationToken) => Call(nameof(ListRunsAsync), () => inner.ListRunsAsync(cancellationToken));

        public Task<RunEntry?> GetRunAsync(long runId, CancellationToken cancellationToken) => Call(nameof(GetRunAsync), () => inner.GetRunAsync(runId, cancellationToken));

        public Task<IReadOnlyList<ViolationEntry>> GetViolationsAsync(long runId, CancellationToken cancellationToken) => Call(nameof(GetViolationsAsync), () => inner.GetViolationsAsync(runId, cancellationToken));

        public Task<ViolationEntry?> GetViolationAsync(long journalId, CancellationToken cancellationToken) => Call(nameof(GetViolationAsync), () => inner.GetViolationAsync(journalId, cancellationToken));

        public Task AppendAsync(IReadOnlyList<JournalEvent> events, CancellationToken cancellationToken) => Call(nameof(AppendAsync), () => inner.AppendAsync(events, cancellationToken));

        public Task<IReadOnlyList<JournalEvent>> ReplayAsync(string persistenceId, long fromSequenceNumber, long toSequenceNumber, CancellationToken cancellationToken) =>
            Call(nameof(ReplayAsync), () => inner.ReplayAsync(persistenceId, fromSequenceNumber, toSequenceNumber, cancellationToken));

        public Task<long> HighestSequenceNumberAsync(string persistenceId, CancellationToken cancellationToken) => Call(nameof(HighestSequenceNumberAsync), () => inner.HighestSequenceNumberAsync(persistenceId, cancellationToken));

        public ValueTask DisposeAsync() => inner.DisposeAsync();

        private Task<T> Call<T>(string name, Func<Task<T>> call)
        {
            Calls.Add(name);
            return Calls.Count > succeed ? throw new JournalException($"{Description}: unavailable after 6 attempts: simulated outage") : call();
        }

        private Task Call(string name, Func<Task> call)
        {
            Calls.Add(name);
            return Calls.Count > succeed ? throw new JournalException($"{Description}: unavailable after 6 attempts: simulated outage") : call();
        }
    }
}
