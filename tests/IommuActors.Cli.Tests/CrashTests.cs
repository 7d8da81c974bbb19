using System.Globalization;
using System.Text.Json;
using IommuActors.Exploration;
using IommuActors.Journal.Sqlite;
using IommuActors.Runtime.Hashing;
using IommuActors.TestKit.Toys;
using Xunit.Abstractions;

namespace IommuActors.Cli.Tests;

/// <summary>
/// Kills <c>explore</c> with SIGKILL at seeded points (counted in its <c>--progress</c> lines) again and again, checks the
/// journal after every kill, resumes, and at the end compares the run with an uninterrupted exploration.
/// </summary>
public sealed class CrashTests(ITestOutputHelper log) : IDisposable
{
    private const int Budget = 20_000;
    private const int Kills = 10;

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "iommu-actors-crash-" + Environment.ProcessId + "-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public async Task Explore_KilledTenTimesAndResumed_LosesNothingAndCountsEveryScheduleOnce()
    {
        Directory.CreateDirectory(_directory);
        var path = Path.Combine(_directory, "journal.db");
        var journal = "sqlite:" + path;
        string[] explore = ["explore", "toy:lost-update", "--strategy", "random", "--all", "--iterations", Budget.ToString(CultureInfo.InvariantCulture), "--journal", journal, "--progress"];
        var random = new SplitMix(20_260_101);
        long? runId = null;
        var killed = 0;
        var checkedViolations = 0;
        while (killed < Kills)
        {
            // Kill after a seeded number of checkpoint lines: mostly early, sometimes deep into the run.
            var lines = 1 + (int)(random.Next() % (killed % 3 == 0 ? 40UL : 1000UL));
            var args = runId is { } id ? [.. explore, "--resume", id.ToString(CultureInfo.InvariantCulture)] : explore;
            var (seen, finished) = RunAndKill(args, lines);
            log.WriteLine($"kill {killed + 1}: after {seen} progress lines{(finished ? " (it finished first)" : string.Empty)}");
            runId ??= await LatestRunAsync(path);
            if (finished)
            {
                break;
            }

            killed++;
            checkedViolations += await CheckJournalAsync(path, journal, runId.Value);
        }

        killed.ShouldBeGreaterThanOrEqualTo(Kills, "the run finished before it could be killed ten times; kill earlier");

        // When: resumed to completion.
        var resumed = CliTester.Run("explore", "toy:lost-update", "--resume", runId!.Value.ToString(CultureInfo.InvariantCulture), "--all", "--journal", journal, "--json");

        // Then: every schedule counted once, and exactly the violations of an uninterrupted exploration.
        resumed.ExitCode.ShouldBe(2, resumed.Stderr);
        JsonDocument.Parse(resumed.Stdout).RootElement.GetProperty("schedules").GetInt32().ShouldBe(Budget);
        var uninterrupted = TestingEngine.Explore(
            LostUpdate.Program(2),
            new ExplorationOptions { Seed = 1, Iterations = Budget, StopOnFirstViolation = false, ReplayCheck = false, Minimize = false, Workers = 0 });
        await using var store = new SqliteRunJournal(path);
        await store.InitializeAsync(CancellationToken.None);
        (await store.IntegrityCheckAsync(CancellationToken.None)).ShouldBeTrue();
        var run = (await store.GetRunAsync(runId.Value, CancellationToken.None))!;
        run.Summary!.Schedules.ShouldBe(uninterrupted.Schedules);
        var recorded = (await store.GetViolationsAsync(runId.Value, CancellationToken.None)).Select(v => $"{v.ScheduleIndex} {v.ScheduleHash}").ToList();
        recorded.ShouldBe(uninterrupted.Violations.Select(v => $"{v.ScheduleIndex} {StableHash.Format(v.ScheduleHash)}").ToList());
        log.WriteLine($"{killed} kills, {checkedViolations} violations replayed after kills, {recorded.Count} violations in all");
    }

    [Fact]
    public async Task ExhaustiveDfs_KilledAndResumed_ReportsTheUninterruptedScheduleCount()
    {
        // Given: a dfs of seed 001's fixed variant (18,700 schedules, a checkpoint every 500) killed three times.
        Directory.CreateDirectory(_directory);
        var path = Path.Combine(_directory, "journal.db");
        var journal = "sqlite:" + path;
        var scenario = RepoPaths.File("scenarios", "apple-display-multi-dart.conf");
        string[] explore = ["explore", scenario, "--variant", "fixed", "--strategy", "dfs", "--iterations", "1000000", "--journal", journal, "--progress"];
        var random = new SplitMix(20_261_121);
        long? runId = null;
        for (var kill = 0; kill < 3; kill++)
        {
            var args = runId is { } id ? [.. explore[..2], "--variant", "fixed", "--journal", journal, "--progress", "--resume", id.ToString(CultureInfo.InvariantCulture)] : explore;
            var (seen, finished) = RunAndKill(args, 1 + (int)(random.Next() % 10));
            log.WriteLine($"dfs kill {kill + 1}: after {seen} checkpoints");
            finished.ShouldBeFalse("the search finished before it could be killed three times");
            runId ??= await LatestRunAsync(path);
        }

        // When: resumed to completion.
        var resumed = CliTester.Run("explore", scenario, "--variant", "fixed", "--resume", runId!.Value.ToString(CultureInfo.InvariantCulture), "--journal", journal, "--json");
        var uninterrupted = CliTester.Run("explore", scenario, "--variant", "fixed", "--strategy", "dfs", "--iterations", "1000000", "--journal", "none", "--json");

        // Then: the journaled run counts every schedule once and is exhaustive, exactly like the uninterrupted search.
        resumed.ExitCode.ShouldBe(0, resumed.Stderr);
        uninterrupted.ExitCode.ShouldBe(0, uninterrupted.Stderr);
        var expected = JsonDocument.Parse(uninterrupted.Stdout).RootElement;
        expected.GetProperty("exhaustive").GetBoolean().ShouldBeTrue();
        await using var store = new SqliteRunJournal(path);
        await store.InitializeAsync(CancellationToken.None);
        (await store.IntegrityCheckAsync(CancellationToken.None)).ShouldBeTrue();
        var summary = (await store.GetRunAsync(runId.Value, CancellationToken.None))!.Summary!;
        summary.Schedules.ShouldBe(expected.GetProperty("schedules").GetInt64());
        summary.Exhaustive.ShouldBeTrue();
        summary.Violations.ShouldBe(0);
    }

    /// <summary>Starts the CLI and SIGKILLs it once it has printed <paramref name="lines"/> progress lines (or it ends).</summary>
    private static (int Seen, bool Finished) RunAndKill(string[] args, int lines)
    {
        using var process = ChildCli.Start(args);
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        var seen = 0;
        while (process.StandardOutput.ReadLine() is { } line)
        {
            if (line.StartsWith("checkpoint:", StringComparison.Ordinal) && ++seen >= lines)
            {
                process.Kill();
                process.WaitForExit();
                return (seen, false);
            }
        }

        process.WaitForExit();
        return (seen, true);
    }

    private static async Task<long> LatestRunAsync(string path)
    {
        await using var store = new SqliteRunJournal(path);
        await store.InitializeAsync(CancellationToken.None);
        return (await store.ListRunsAsync(CancellationToken.None)).ShouldHaveSingleItem().RunId;
    }

    /// <summary>After a kill: the database is intact, the run is open, and its violations replay (the newest few and the first).</summary>
    private static async Task<int> CheckJournalAsync(string path, string journal, long runId)
    {
        List<long> ids;
        await using (var store = new SqliteRunJournal(path))
        {
            await store.InitializeAsync(CancellationToken.None);
            (await store.IntegrityCheckAsync(CancellationToken.None)).ShouldBeTrue();
            (await store.GetRunAsync(runId, CancellationToken.None))!.Summary.ShouldBeNull();
            var violations = await store.GetViolationsAsync(runId, CancellationToken.None);
            violations.Select(v => v.ScheduleIndex).ShouldBeInOrder(SortDirection.Ascending);
            violations.Select(v => v.ScheduleIndex).Distinct().Count().ShouldBe(violations.Count);
            ids = [.. violations.Take(1).Concat(violations.TakeLast(5)).Select(v => v.JournalId).Distinct()];
        }

        foreach (var id in ids)
        {
            var replay = CliTester.Run("replay", id.ToString(CultureInfo.InvariantCulture), "--journal", journal);
            replay.ExitCode.ShouldBe(2, $"violation {id}: {replay.Stderr}");
        }

        return ids.Count;
    }

    /// <summary>A seeded generator for the kill points (SplitMix64).</summary>
    private sealed class SplitMix(ulong state)
    {
        public ulong Next()
        {
            var z = state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
