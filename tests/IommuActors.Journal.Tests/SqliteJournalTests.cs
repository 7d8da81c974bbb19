using Microsoft.Data.Sqlite;
using IommuActors.Journal.Sqlite;

namespace IommuActors.Journal.Tests;

/// <summary>SQLite-specific behaviour: schema versions, foreign files, integrity, WAL and lock retries.</summary>
public sealed class SqliteJournalTests : IDisposable
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private readonly TempJournalDirectory _directory = new();

    static SqliteJournalTests()
    {
        SQLitePCL.Batteries_V2.Init();
    }

    private string JournalPath => _directory.JournalPath;

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Journal_written_by_a_newer_schema_is_refused()
    {
        await using (var journal = new SqliteRunJournal(JournalPath))
        {
            await journal.InitializeAsync(Ct);
        }

        using (var raw = OpenRaw())
        {
            Execute(raw, "UPDATE schema_version SET version = 2;");
        }

        await using var newer = new SqliteRunJournal(JournalPath);
        var error = await Should.ThrowAsync<JournalException>(() => newer.InitializeAsync(Ct));
        error.Message.ShouldBe(JournalPath + ": journal schema version 2 is newer than this build's (1); use a newer iommu-actors");
    }

    [Fact]
    public async Task File_that_is_not_a_database_is_refused()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(JournalPath)!);
        var bytes = new byte[4096];
        new Random(42).NextBytes(bytes);
        await File.WriteAllBytesAsync(JournalPath, bytes);

        await using var journal = new SqliteRunJournal(JournalPath);
        var error = await Should.ThrowAsync<JournalException>(() => journal.InitializeAsync(Ct));
        error.Message.ShouldBe(JournalPath + ": not a journal (file is not a database)");
        (await File.ReadAllBytesAsync(JournalPath)).ShouldBe(bytes);
    }

    [Fact]
    public async Task Integrity_check_reports_ok_and_description_names_the_file()
    {
        await using var journal = new SqliteRunJournal(JournalPath);
        await journal.InitializeAsync(Ct);
        var run = await journal.StartRunAsync(NewRun(), Ct);
        await journal.AppendAsync([new JournalEvent("run-1", 1, "M", [1, 2, 3], ["t"], "w"), new JournalEvent("run-1", 2, "Empty", [], [], "w")], Ct);
        (await journal.ReplayAsync("run-1", 2, 2, Ct)).ShouldHaveSingleItem().Payload.ShouldBeEmpty();
        await journal.CompleteRunAsync(run, new RunSummary(1, 2, false, 0, DateTimeOffset.UnixEpoch, null), Ct);

        (await journal.IntegrityCheckAsync(Ct)).ShouldBeTrue();
        journal.Description.ShouldBe("sqlite:" + JournalPath);
        journal.FilePath.ShouldBe(JournalPath);
    }

    [Fact]
    public async Task Data_survives_dispose_and_reopen()
    {
        long run;
        await using (var journal = new SqliteRunJournal(JournalPath))
        {
            run = await journal.StartRunAsync(NewRun(), Ct);
            await journal.CheckpointAsync(run, new RunProgress(5, 50, "next=5"), Ct);
        }

        await using var reopened = new SqliteRunJournal(JournalPath);
        await reopened.InitializeAsync(Ct);
        var entry = (await reopened.ListRunsAsync(Ct)).ShouldHaveSingleItem();
        entry.RunId.ShouldBe(run);
        entry.Info.Seed.ShouldBe(ulong.MaxValue - 3);
        entry.Progress.ShouldBe(new RunProgress(5, 50, "next=5"));
    }

    [Fact]
    public async Task Journal_uses_wal_mode_and_enforces_foreign_keys()
    {
        await using var journal = new SqliteRunJournal(JournalPath);
        await journal.InitializeAsync(Ct);

        using (var raw = OpenRaw())
        {
            using var command = raw.CreateCommand();
            command.CommandText = "PRAGMA journal_mode;";
            command.ExecuteScalar().ShouldBe("wal");
        }

        var error = await Should.ThrowAsync<JournalException>(() => journal.RecordViolationAsync(
            new ViolationEntry(999, "v", "m", 1, "s", null, "0", "0", "reproduced"), Ct));
        error.Message.ShouldStartWith(JournalPath + ": ");
        (await journal.GetViolationsAsync(999, Ct)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Write_blocked_by_a_concurrent_writer_succeeds_once_the_lock_is_released()
    {
        await using var journal = new SqliteRunJournal(JournalPath);
        await journal.InitializeAsync(Ct);
        using var other = OpenRaw();
        Execute(other, "BEGIN IMMEDIATE;");
        var retries = new List<(int Attempt, Exception Error)>();
        journal.OnRetry = (attempt, error) =>
        {
            retries.Add((attempt, error));
            Execute(other, "ROLLBACK;");
        };

        var run = await journal.StartRunAsync(NewRun(), Ct);

        retries.ShouldHaveSingleItem().Attempt.ShouldBe(0);
        retries[0].Error.ShouldBeOfType<SqliteException>().SqliteErrorCode.ShouldBe(5);
        (await journal.GetRunAsync(run, Ct)).ShouldNotBeNull();
    }

    [Fact]
    public async Task Lock_held_past_the_retry_budget_fails_with_backoff_driven_by_the_time_provider()
    {
        var time = new RecordingTimeProvider();
        await using var journal = new SqliteRunJournal(JournalPath, time);
        await journal.InitializeAsync(Ct);
        using var other = OpenRaw();
        Execute(other, "BEGIN IMMEDIATE;");
        var retries = 0;
        journal.OnRetry = (_, _) => retries++;

        var error = await Should.ThrowAsync<JournalException>(() => journal.StartRunAsync(NewRun(), Ct));

        error.Message.ShouldStartWith(JournalPath + ": journal is locked by another process");
        retries.ShouldBe(4);
        time.Delays.ShouldBe([TimeSpan.FromMilliseconds(20), TimeSpan.FromMilliseconds(40), TimeSpan.FromMilliseconds(80), TimeSpan.FromMilliseconds(160)]);
        Execute(other, "ROLLBACK;");
        (await journal.ListRunsAsync(Ct)).ShouldBeEmpty();
        await journal.StartRunAsync(NewRun(), Ct);
        (await journal.ListRunsAsync(Ct)).Count.ShouldBe(1);
    }

    private static RunInfo NewRun() =>
        new("toy:pingpong", null, null, "random(seed=1)", ulong.MaxValue - 3, 10, 100, "0.1.0", DateTimeOffset.UnixEpoch);

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private SqliteConnection OpenRaw()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = JournalPath, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }
}
