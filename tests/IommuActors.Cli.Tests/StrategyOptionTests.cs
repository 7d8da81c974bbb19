using System.Text.Json;

namespace IommuActors.Cli.Tests;

public class StrategyOptionTests
{
    [Theory]
    [InlineData("pct", "pct(seed=7, depth=3)")]
    [InlineData("delay", "delay(seed=7, bound=2)")]
    [InlineData("probabilistic", "probabilistic(seed=7, p=1/10)")]
    [InlineData("portfolio", "portfolio(seed=7)")]
    public void Each_strategy_finds_and_replays_the_lost_update(string strategy, string description)
    {
        var (exitCode, stdout, stderr) = CliTester.Run("explore", "toy:lost-update", "--strategy", strategy, "--iterations", "1000", "--seed", "7", "--json");

        exitCode.ShouldBe((int)ExitCode.ViolationFound, stderr);
        using var json = JsonDocument.Parse(stdout);
        json.RootElement.GetProperty("strategy_description").GetString().ShouldBe(description);
        var violation = json.RootElement.GetProperty("violations").EnumerateArray().ShouldHaveSingleItem();
        violation.GetProperty("id").GetString().ShouldBe("lost-update");
        violation.GetProperty("verdict").GetString().ShouldBe("Reproduced");
    }

    [Fact]
    public void The_default_strategy_is_the_portfolio()
    {
        var (exitCode, stdout, stderr) = CliTester.Run("explore", "toy:lost-update", "--seed", "3", "--json");

        exitCode.ShouldBe((int)ExitCode.ViolationFound, stderr);
        using var json = JsonDocument.Parse(stdout);
        json.RootElement.GetProperty("strategy_description").GetString().ShouldBe("portfolio(seed=3)");
    }

    [Theory]
    [InlineData("pct", "5", "pct(seed=1, depth=5)")]
    [InlineData("delay", "0", "delay(seed=1, bound=0)")]
    [InlineData("probabilistic", "4", "probabilistic(seed=1, p=1/4)")]
    public void Strategy_bound_sets_the_strategys_parameter(string strategy, string bound, string description)
    {
        var (exitCode, stdout, stderr) = CliTester.Run("explore", "toy:pingpong", "--strategy", strategy, "--strategy-bound", bound, "--seed", "1", "--iterations", "5", "--json");

        exitCode.ShouldBe((int)ExitCode.Success, stderr);
        using var json = JsonDocument.Parse(stdout);
        json.RootElement.GetProperty("strategy_description").GetString().ShouldBe(description);
    }

    [Fact]
    public void Config_supplies_the_strategy_bound()
    {
        using var config = new TempConfig("iommu-actors.exploration { strategy = pct, strategy-bound = 6 }\n");

        var (exitCode, stdout, stderr) = CliTester.Run("--config", config.FilePath, "explore", "toy:pingpong", "--iterations", "3", "--json");

        exitCode.ShouldBe((int)ExitCode.Success, stderr);
        using var json = JsonDocument.Parse(stdout);
        json.RootElement.GetProperty("strategy_description").GetString().ShouldBe("pct(seed=1, depth=6)");
    }

    [Theory]
    [InlineData("pct", "0")]
    [InlineData("probabilistic", "0")]
    [InlineData("delay", "-1")]
    [InlineData("random", "2")]
    [InlineData("portfolio", "2")]
    public void A_bound_out_of_range_or_for_a_strategy_without_one_is_one_line(string strategy, string bound)
    {
        var (exitCode, stdout, stderr) = CliTester.Run("explore", "toy:pingpong", "--strategy", strategy, "--strategy-bound", bound);

        exitCode.ShouldBe((int)ExitCode.UsageError);
        stdout.ShouldBeEmpty();
        CliTester.Lines(stderr).ShouldHaveSingleItem().ShouldContain("--strategy-bound");
    }

    [Fact]
    public void A_configured_bound_out_of_range_names_the_key()
    {
        using var config = new TempConfig("iommu-actors.exploration.strategy-bound = 0\n");

        var (exitCode, _, stderr) = CliTester.Run("--config", config.FilePath, "explore", "toy:pingpong", "--strategy", "pct");

        exitCode.ShouldBe((int)ExitCode.UsageError);
        CliTester.Lines(stderr).ShouldHaveSingleItem().ShouldContain("iommu-actors.exploration.strategy-bound");
    }

    [Fact]
    public void A_scenario_runs_under_a_named_strategy()
    {
        var file = RepoPaths.File("scenarios", "apple-display-multi-dart.conf");

        var (exitCode, stdout, stderr) = CliTester.Run("explore", file, "--variant", "buggy-first-fix", "--strategy", "pct", "--seed", "2", "--json");

        exitCode.ShouldBe((int)ExitCode.ViolationFound, stderr);
        using var json = JsonDocument.Parse(stdout);
        json.RootElement.GetProperty("strategy_description").GetString().ShouldBe("pct(seed=2, depth=3)");
        json.RootElement.GetProperty("violations").EnumerateArray().First().GetProperty("id").GetString().ShouldBe("partial-iommu-probe");
    }

    [Fact]
    public void Bench_pingpong_keeps_its_own_strategy_default()
    {
        var (exitCode, stdout, stderr) = CliTester.Run("bench", "pingpong", "--pairs", "1", "--rounds", "1", "--iterations", "2", "--json");

        exitCode.ShouldBe(0, stderr);
        using var json = JsonDocument.Parse(stdout);
        json.RootElement.GetProperty("strategy").GetString().ShouldBe("random");
    }
}
