using System.Text.Json;

namespace IommuActors.Cli.Tests;

public class BenchCommandTests
{
    [Theory]
    [InlineData("random")]
    [InlineData("replay")]
    [InlineData("dfs")]
    public void Pingpong_json_reports_throughput(string strategy)
    {
        var (exitCode, stdout, stderr) = CliTester.Run("bench", "pingpong", "--pairs", "2", "--rounds", "3", "--iterations", "100", "--strategy", strategy, "--json");

        exitCode.ShouldBe(0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        root.GetProperty("strategy").GetString().ShouldBe(strategy);
        root.GetProperty("dispatcher").GetString().ShouldBe("controlled");
        root.GetProperty("pairs").GetInt32().ShouldBe(2);
        root.GetProperty("rounds").GetInt32().ShouldBe(3);
        root.GetProperty("seed").GetUInt64().ShouldBe(1UL);
        root.GetProperty("schedules").GetInt32().ShouldBe(100);
        root.GetProperty("steps_per_second").GetDouble().ShouldBeGreaterThan(0);
        root.GetProperty("schedules_per_second").GetDouble().ShouldBeGreaterThan(0);
        root.GetProperty("elapsed_seconds").GetDouble().ShouldBeGreaterThan(0);
        root.GetProperty("steps_per_schedule").GetDouble().ShouldBe(2 * ((2 * 3) + 1));
        root.GetProperty("total_steps").GetInt64().ShouldBe(100 * 14);
    }

    [Fact]
    public void Pingpong_text_names_rates_and_seed()
    {
        var (exitCode, stdout, _) = CliTester.Run("bench", "pingpong", "--pairs", "1", "--rounds", "2", "--iterations", "10", "--seed", "3");

        exitCode.ShouldBe(0);
        stdout.ShouldContain("steps/second");
        stdout.ShouldContain("schedules/second");
        stdout.ShouldContain("steps/schedule    5");
        stdout.ShouldContain("seed              3");
    }

    [Fact]
    public void Pingpong_runs_on_real_threads_with_the_concurrent_dispatcher()
    {
        var (exitCode, stdout, stderr) = CliTester.Run("bench", "pingpong", "--dispatcher", "concurrent", "--workers", "2", "--pairs", "2", "--rounds", "3", "--iterations", "20", "--json");

        exitCode.ShouldBe(0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        root.GetProperty("dispatcher").GetString().ShouldBe("concurrent");
        root.GetProperty("strategy").GetString().ShouldBe("none");
        root.GetProperty("threads").GetInt32().ShouldBe(2);
        root.GetProperty("schedules").GetInt32().ShouldBe(20);
        root.GetProperty("steps_per_schedule").GetDouble().ShouldBe(14);
        root.GetProperty("steps_per_second").GetDouble().ShouldBeGreaterThan(0);
    }

    [Fact]
    public void A_strategy_with_the_concurrent_dispatcher_is_a_usage_error()
    {
        var (exitCode, _, stderr) = CliTester.Run("bench", "pingpong", "--dispatcher", "concurrent", "--strategy", "dfs", "--iterations", "1");

        exitCode.ShouldBe(1);
        CliTester.Lines(stderr).ShouldHaveSingleItem().ShouldContain("--strategy");
    }

    [Fact]
    public void The_dispatcher_default_comes_from_the_config()
    {
        using var config = new TempConfig("iommu-actors.dispatcher { type = concurrent, concurrent.workers = 1 }\n");

        var (exitCode, stdout, stderr) = CliTester.Run("--config", config.FilePath, "bench", "pingpong", "--pairs", "1", "--rounds", "1", "--iterations", "3", "--json");

        exitCode.ShouldBe(0, stderr);
        using var json = JsonDocument.Parse(stdout);
        json.RootElement.GetProperty("dispatcher").GetString().ShouldBe("concurrent");
        json.RootElement.GetProperty("threads").GetInt32().ShouldBe(1);
    }
}
