using System.Text.Json;

namespace IommuActors.Cli.Tests;

public class BenchJournalTests
{
    [Fact]
    public void BenchJournal_SqliteWithTinyCounts_ReportsPositiveRates()
    {
        var (code, stdout, stderr) = CliTester.Run(
            "bench", "journal", "--backend", "sqlite", "--violations", "20", "--schedules", "250", "--explore-iterations", "50", "--json");

        code.ShouldBe(0, stderr);
        var root = JsonDocument.Parse(stdout).RootElement;
        root.GetProperty("schedule_steps").GetInt32().ShouldBe(30);
        var backend = root.GetProperty("backends").EnumerateArray().ShouldHaveSingleItem();
        backend.GetProperty("backend").GetString().ShouldBe("sqlite");
        backend.GetProperty("violations").GetInt32().ShouldBe(20);
        backend.GetProperty("violations_per_second").GetDouble().ShouldBeGreaterThan(0);
        backend.GetProperty("schedules").GetInt32().ShouldBe(250);
        backend.GetProperty("schedules_per_second").GetDouble().ShouldBeGreaterThan(0);
        backend.GetProperty("bytes_per_schedule").GetDouble().ShouldBeGreaterThan(0);
        var overhead = root.GetProperty("explore_overhead");
        overhead.GetProperty("runs").GetInt32().ShouldBe(15);
        overhead.GetProperty("command").GetString()!.ShouldNotContain("--strategy");
        overhead.GetProperty("none_median_seconds").GetDouble().ShouldBeGreaterThan(0);
        overhead.GetProperty("sqlite_median_seconds").GetDouble().ShouldBeGreaterThan(0);
    }

    [Fact]
    public void BenchJournal_Text_PrintsRatesAndTheOverhead()
    {
        var (code, stdout, stderr) = CliTester.Run("bench", "journal", "--violations", "5", "--schedules", "100", "--explore-iterations", "20");

        code.ShouldBe(0, stderr);
        stdout.ShouldContain("per second");
        stdout.ShouldContain("bytes per schedule");
        stdout.ShouldContain("overhead");
    }

    [Fact]
    public void BenchJournal_ExploreStrategy_IsPassedToTheTimedExplore()
    {
        var (code, stdout, stderr) = CliTester.Run(
            "bench", "journal", "--violations", "1", "--schedules", "1", "--explore-iterations", "10", "--explore-strategy", "random", "--json");

        code.ShouldBe(0, stderr);
        JsonDocument.Parse(stdout).RootElement.GetProperty("explore_overhead").GetProperty("command").GetString()!.ShouldContain("--strategy random");
    }

    [Fact]
    public void BenchJournal_UnknownExploreStrategy_IsAOneLineUsageError()
    {
        var (code, _, stderr) = CliTester.Run("bench", "journal", "--violations", "1", "--schedules", "1", "--explore-iterations", "5", "--explore-strategy", "bogus");

        code.ShouldBe(1);
        CliTester.Lines(stderr).ShouldHaveSingleItem().ShouldContain("bogus");
    }

    [Theory]
    [InlineData("--violations", "0")]
    [InlineData("--schedules", "-1")]
    [InlineData("--backend", "mysql")]
    public void BenchJournal_BadOption_IsAOneLineUsageError(string option, string value)
    {
        var (code, _, stderr) = CliTester.Run("bench", "journal", option, value, "--explore-iterations", "0");

        code.ShouldBe(1);
        CliTester.Lines(stderr).ShouldHaveSingleItem().ShouldContain(option);
    }
}
