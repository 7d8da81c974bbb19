using System.Text.Json;

namespace IommuActors.Cli.Tests;

public sealed class JournalCommandTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "iommu-actors-cli-journal-" + Environment.ProcessId + "-" + Guid.NewGuid().ToString("N"));

    private string Journal => "sqlite:" + Path.Combine(_directory, "journal.db");

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public void Explore_Scenario_JournalsTheViolationAndReplayReproducesIt()
    {
        // Given: seed 001's half-probed display, explored with a journal.
        var scenario = RepoPaths.File("scenarios", "apple-display-multi-dart.conf");
        var explore = CliTester.Run("explore", scenario, "--variant", "buggy-first-fix", "--journal", Journal, "--json");
        explore.ExitCode.ShouldBe(2, explore.Stderr);
        var journal = JsonDocument.Parse(explore.Stdout).RootElement.GetProperty("journal");
        var violationId = journal.GetProperty("violation_ids")[0].GetInt64();
        JsonDocument.Parse(explore.Stdout).RootElement.GetProperty("violations")[0].GetProperty("journal_id").GetInt64().ShouldBe(violationId);
        CliTester.Run("explore", scenario, "--variant", "buggy-first-fix", "--journal", "none", "--json").Stdout.ShouldNotContain("journal_id");

        // When
        var replay = CliTester.Run("replay", violationId.ToString(System.Globalization.CultureInfo.InvariantCulture), "--journal", Journal, "--json");

        // Then
        replay.ExitCode.ShouldBe(2, replay.Stderr);
        var result = JsonDocument.Parse(replay.Stdout).RootElement;
        result.GetProperty("reproduced").GetBoolean().ShouldBeTrue();
        result.GetProperty("found").GetString().ShouldBe("partial-iommu-probe");
        result.GetProperty("dmesg").EnumerateArray().ShouldContain(line => line.GetString()!.Contains("VIOLATION partial-iommu-probe", StringComparison.Ordinal));
    }

    [Fact]
    public void RunsList_AfterTwoExplorations_ListsBothNewestFirst()
    {
        CliTester.Run("explore", "toy:lost-update", "--journal", Journal).ExitCode.ShouldBe(2);
        CliTester.Run("explore", "toy:pingpong", "--journal", Journal, "--strategy", "random", "--iterations", "20").ExitCode.ShouldBe(0);

        var list = CliTester.Run("runs", "list", "--journal", Journal, "--json");

        list.ExitCode.ShouldBe(0, list.Stderr);
        var runs = JsonDocument.Parse(list.Stdout).RootElement.EnumerateArray().Select(r => r.GetProperty("scenario").GetString()).ToList();
        runs.ShouldBe(["toy:pingpong", "toy:lost-update"]);
    }

    [Fact]
    public void RunsShow_AfterAScenarioExploration_GivesTheCoverageTheExploreReported()
    {
        var scenario = RepoPaths.File("scenarios", "arm64-acpi-smmu-notifier.conf");
        var explore = CliTester.Run("explore", scenario, "--variant", "fixed", "--strategy", "dfs", "--journal", Journal, "--json");
        explore.ExitCode.ShouldBe(0, explore.Stderr);
        var reported = JsonDocument.Parse(explore.Stdout).RootElement.GetProperty("coverage");
        var runId = JsonDocument.Parse(explore.Stdout).RootElement.GetProperty("journal").GetProperty("run_id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);

        var json = CliTester.Run("runs", "show", runId, "--journal", Journal, "--json");
        var text = CliTester.Run("runs", "show", runId, "--journal", Journal);

        json.ExitCode.ShouldBe(0, json.Stderr);
        var stored = JsonDocument.Parse(json.Stdout).RootElement.GetProperty("coverage");
        stored.GetProperty("covered_triples").GetInt32().ShouldBe(reported.GetProperty("covered_triples").GetInt32());
        stored.GetProperty("racing_pairs").GetInt32().ShouldBe(reported.GetProperty("racing_pairs").GetInt32());
        stored.GetProperty("covered").GetRawText().ShouldBe(reported.GetProperty("covered").GetRawText());
        text.Stdout.ShouldContain($"coverage {reported.GetProperty("covered_triples").GetInt32()} of {reported.GetProperty("known_triples").GetInt32()} (actor, state, message) triples");
    }

    [Fact]
    public void Replay_UnknownViolation_ExitsOneNamingTheJournal()
    {
        CliTester.Run("explore", "toy:pingpong", "--journal", Journal, "--iterations", "5").ExitCode.ShouldBe(0);

        var replay = CliTester.Run("replay", "42", "--journal", Journal);

        replay.ExitCode.ShouldBe(1);
        replay.Stderr.ShouldContain("no violation 42 in sqlite:");
    }

    [Fact]
    public void Replay_EditedSchedule_ExitsFourNamingTheDivergentStep()
    {
        // Given: a journaled violation whose stored schedule is then corrupted at step 3.
        var explore = CliTester.Run("explore", "toy:lost-update", "--journal", Journal, "--json");
        var id = JsonDocument.Parse(explore.Stdout).RootElement.GetProperty("journal").GetProperty("violation_ids")[0].GetInt64();
        var path = Journal["sqlite:".Length..];
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE violations SET schedule = replace(schedule, '/user/inc0 #1', '/user/inc0 #7')";
            command.ExecuteNonQuery().ShouldBeGreaterThan(0);
        }

        // When
        var replay = CliTester.Run("replay", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--journal", Journal);

        // Then
        replay.ExitCode.ShouldBe(4, replay.Stdout + replay.Stderr);
        replay.Stdout.ShouldContain("not reproduced: replay diverged at step");
    }

    [Fact]
    public void Journal_BadUriOrCorruptFile_ExitsOneWithOneLine()
    {
        var bad = CliTester.Run("runs", "list", "--journal", "mysql:somewhere");
        bad.ExitCode.ShouldBe(1);
        bad.Stderr.ShouldContain("invalid journal 'mysql:somewhere'");

        Directory.CreateDirectory(_directory);
        var corrupt = Path.Combine(_directory, "corrupt.db");
        File.WriteAllBytes(corrupt, [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 7))]);
        var result = CliTester.Run("runs", "list", "--journal", "sqlite:" + corrupt);
        result.ExitCode.ShouldBe(1, result.Stdout + result.Stderr);
        result.Stderr.ShouldContain("not a journal");
        CliTester.Lines(result.Stderr).Length.ShouldBe(1);
    }
}
