using System.Globalization;
using System.Text.Json;
using IommuActors.Cli.Journaling;
using IommuActors.Exploration;
using IommuActors.Journal;
using IommuActors.Journal.Sqlite;
using IommuActors.Runtime.Scheduling;
using IommuActors.TestKit.Toys;

namespace IommuActors.Cli.Tests;

public sealed class ResumeTests : IDisposable
{
    private const int Budget = 1200;

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "iommu-actors-resume-" + Environment.ProcessId + "-" + Guid.NewGuid().ToString("N"));

    public ResumeTests() => Directory.CreateDirectory(_directory);

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(499)]
    [InlineData(500)]
    [InlineData(777)]
    public async Task Resume_AfterACrash_ReportsTheSameSchedulesAndViolationsAsAnUninterruptedRun(int crashAfter)
    {
        // Given: an uninterrupted run, and the same run cut off after schedule crashAfter (record-all on both).
        var whole = Explore(Journal("whole"), "--record-all");
        var path = Journal("crashed");
        var runId = await CrashAtAsync(path, crashAfter);

        // When
        var resumed = Explore(path, "--record-all", "--resume", runId.ToString(CultureInfo.InvariantCulture));

        // Then: the report counts every schedule, and the journal holds the same violations, each once.
        resumed.GetProperty("schedules").GetInt32().ShouldBe(Budget);
        resumed.GetProperty("schedules").GetInt32().ShouldBe(whole.GetProperty("schedules").GetInt32());
        resumed.GetProperty("journal").GetProperty("run_id").GetInt64().ShouldBe(runId);
        var expected = await ViolationsAsync(Journal("whole"), whole.GetProperty("journal").GetProperty("run_id").GetInt64());
        (await ViolationsAsync(path, runId)).ShouldBe(expected);
        expected.ShouldNotBeEmpty();
        await using var journal = await OpenAsync(path);
        var run = (await journal.GetRunAsync(runId, CancellationToken.None))!;
        run.Summary!.Schedules.ShouldBe(Budget);
        run.Summary.Violations.ShouldBe(expected.Count);
        (await journal.HighestSequenceNumberAsync(ScheduleCodec.PersistenceId(runId), CancellationToken.None)).ShouldBe(Budget);
    }

    [Fact]
    public async Task RecordAll_EverySchedule_IsInTheEventJournalAndDecodesToItsSchedule()
    {
        var path = Journal("record");
        var report = Explore(path, "--record-all");

        var record = report.GetProperty("record_all");
        record.GetProperty("schedules").GetInt64().ShouldBe(Budget);
        record.GetProperty("bytes_per_schedule").GetDouble().ShouldBeGreaterThan(0);
        var runId = report.GetProperty("journal").GetProperty("run_id").GetInt64();
        await using var journal = await OpenAsync(path);
        var events = await journal.ReplayAsync(ScheduleCodec.PersistenceId(runId), 1, long.MaxValue, CancellationToken.None);
        events.Select(e => e.SequenceNumber).ShouldBe(Enumerable.Range(1, Budget).Select(i => (long)i));
        events.ShouldAllBe(e => e.Manifest == ScheduleCodec.Manifest);
        var first = (await journal.GetViolationsAsync(runId, CancellationToken.None))[0];
        ScheduleCodec.Decode(events[first.ScheduleIndex].Payload).ShouldBe(first.Schedule);
        Schedule.Parse(ScheduleCodec.Decode(events[0].Payload)).Count.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void RecordAll_Text_PrintsBytesPerSchedule()
    {
        var (code, stdout, stderr) = CliTester.Run("explore", "toy:pingpong", "--strategy", "random", "--iterations", "50", "--record-all", "--journal", "sqlite:" + Journal("text"));

        code.ShouldBe(0, stderr);
        stdout.ShouldContain("50 schedules in run-1");
        stdout.ShouldContain("bytes per schedule");
    }

    [Fact]
    public void Progress_PrintsACheckpointLineAtEveryCheckpoint()
    {
        var (code, stdout, stderr) = CliTester.Run("explore", "toy:pingpong", "--strategy", "random", "--iterations", "1200", "--progress", "--journal", "sqlite:" + Journal("progress"));

        code.ShouldBe(0, stderr);
        CliTester.Lines(stdout).Where(l => l.StartsWith("checkpoint:", StringComparison.Ordinal))
            .ShouldBe(["checkpoint: 500 schedules", "checkpoint: 1000 schedules", "checkpoint: 1200 schedules"]);
    }

    [Fact]
    public void Resume_CompleteRun_IsAUsageError()
    {
        var path = Journal("complete");
        var runId = Explore(path).GetProperty("journal").GetProperty("run_id").GetInt64();

        var (code, _, stderr) = CliTester.Run("explore", "toy:lost-update", "--resume", runId.ToString(CultureInfo.InvariantCulture), "--journal", "sqlite:" + path);

        code.ShouldBe(1);
        stderr.ShouldContain($"run {runId} is complete");
    }

    [Theory]
    [InlineData("--seed", "9")]
    [InlineData("--iterations", "77")]
    [InlineData("--strategy", "pct")]
    [InlineData("--max-steps", "12")]
    public async Task Resume_MismatchingFlag_IsAOneLineUsageError(string flag, string value)
    {
        var path = Journal("mismatch");
        var runId = await CrashAtAsync(path, 100);

        var (code, _, stderr) = CliTester.Run("explore", "toy:lost-update", "--resume", runId.ToString(CultureInfo.InvariantCulture), flag, value, "--journal", "sqlite:" + path);

        code.ShouldBe(1);
        stderr.ShouldContain($"{flag} {value} does not match run {runId}");
        CliTester.Lines(stderr).Length.ShouldBe(1);
    }

    [Fact]
    public async Task Resume_OtherTarget_IsAUsageError()
    {
        var path = Journal("target");
        var runId = await CrashAtAsync(path, 100);

        var (code, _, stderr) = CliTester.Run("explore", "toy:pingpong", "--resume", runId.ToString(CultureInfo.InvariantCulture), "--journal", "sqlite:" + path);

        code.ShouldBe(1);
        stderr.ShouldContain("not 'toy:pingpong'");
    }

    [Theory]
    [InlineData("500", "unreadable resume token '500'")]
    [InlineData("500 dfs:3.7", "COUNT.CHOSEN")]
    [InlineData("x dfs:2.1", "unreadable resume token")]
    public async Task Resume_DfsRunWithABadFrontier_IsAUsageError(string token, string message)
    {
        var path = Journal("dfs-token");
        long runId;
        await using (var journal = await OpenAsync(path))
        {
            runId = await journal.StartRunAsync(new RunInfo("toy:lost-update", null, null, "dfs", 1, Budget, 10_000, "test", DateTimeOffset.UnixEpoch), CancellationToken.None);
            await journal.CheckpointAsync(runId, new RunProgress(500, 9_000, token), CancellationToken.None);
        }

        var (code, _, stderr) = CliTester.Run("explore", "toy:lost-update", "--resume", runId.ToString(CultureInfo.InvariantCulture), "--journal", "sqlite:" + path);

        code.ShouldBe(1);
        CliTester.Lines(stderr).ShouldHaveSingleItem().ShouldContain(message);
    }

    [Theory]
    [InlineData("dpor(optimal)")]
    public async Task Resume_SystematicRun_IsAUsageError(string strategy)
    {
        var path = Journal("dfs");
        long runId;
        await using (var journal = await OpenAsync(path))
        {
            runId = await journal.StartRunAsync(new RunInfo("toy:lost-update", null, null, strategy, 1, Budget, 10_000, "test", DateTimeOffset.UnixEpoch), CancellationToken.None);
        }

        var (code, _, stderr) = CliTester.Run("explore", "toy:lost-update", "--resume", runId.ToString(CultureInfo.InvariantCulture), "--journal", "sqlite:" + path);

        code.ShouldBe(1);
        stderr.ShouldContain("cannot be resumed");
    }

    [Fact]
    public async Task Explore_JournalsTheRunBeforeItEnds_WithACheckpointAtTheEnd()
    {
        var path = Journal("live");
        var runId = Explore(path).GetProperty("journal").GetProperty("run_id").GetInt64();

        await using var journal = await OpenAsync(path);
        var run = (await journal.GetRunAsync(runId, CancellationToken.None))!;
        run.Progress!.ResumeToken.ShouldBe(Budget.ToString(CultureInfo.InvariantCulture));
        run.Progress.Schedules.ShouldBe(Budget);
    }

    private static async Task<SqliteRunJournal> OpenAsync(string path)
    {
        var journal = new SqliteRunJournal(path);
        await journal.InitializeAsync(CancellationToken.None);
        return journal;
    }

    private static JsonElement Explore(string path, params string[] extra)
    {
        var (code, stdout, stderr) = CliTester.Run(
            [.. new[] { "explore", "toy:lost-update", "--strategy", "random", "--all", "--iterations", Budget.ToString(CultureInfo.InvariantCulture), "--json", "--journal", "sqlite:" + path }, .. extra]);
        code.ShouldBe(2, stderr);
        return JsonDocument.Parse(stdout).RootElement.Clone();
    }

    private static async Task<List<string>> ViolationsAsync(string path, long runId)
    {
        await using var journal = await OpenAsync(path);
        return [.. (await journal.GetViolationsAsync(runId, CancellationToken.None)).Select(v => $"{v.ScheduleIndex} {v.ViolationId} {v.ScheduleHash}")];
    }

    /// <summary>Journals the explore the CLI would run, as the CLI does, and dies (an exception) after schedule <paramref name="crashAfter"/>.</summary>
    private static async Task<long> CrashAtAsync(string path, int crashAfter)
    {
        await using var journal = await OpenAsync(path);
        var options = new ExplorationOptions { Seed = 1, Iterations = Budget, StopOnFirstViolation = false };
        var recorder = LiveRunRecorder.Begin(journal, ExploreJournal.ForToy("toy:lost-update", options), null, recordAll: true, progress: null);
        Should.Throw<SimulatedCrashException>(() => TestingEngine.Explore(LostUpdate.Program(2), options with { Observer = new Crashing(recorder, crashAfter) }));
        return recorder.RunId;
    }

    private string Journal(string name) => Path.Combine(_directory, name + ".db");

    private sealed class SimulatedCrashException : Exception;

    private sealed class Crashing(LiveRunRecorder inner, int crashAfter) : IExplorationObserver
    {
        public bool WantsSchedules => inner.WantsSchedules;

        public void OnViolation(FoundViolation violation) => inner.OnViolation(violation);

        public void OnScheduleCompleted(int index, int schedules, long steps, Schedule? schedule)
        {
            inner.OnScheduleCompleted(index, schedules, steps, schedule);
            if (index == crashAfter)
            {
                throw new SimulatedCrashException();
            }
        }
    }
}
