using System.Text.Json;
using System.Text.RegularExpressions;

namespace IommuActors.Cli.Tests;

public class ConfigOptionTests
{
    [Fact]
    public void Malformed_hocon_is_one_line_with_file_line_and_column()
    {
        using var config = new TempConfig("iommu-actors {\n  exploration {\n    seed = 99\n  }\n");

        var (exitCode, stdout, stderr) = CliTester.Run("--config", config.FilePath, "explore", "toy:pingpong");

        exitCode.ShouldBe((int)ExitCode.UsageError);
        stdout.ShouldBeEmpty();
        CliTester.Lines(stderr).ShouldHaveSingleItem();
        stderr.ShouldMatch($@"{Regex.Escape(config.FilePath)}:\d+:\d+");
    }

    [Fact]
    public void A_type_error_names_the_key_path()
    {
        using var config = new TempConfig("iommu-actors.exploration.iterations = lots\n");

        var (exitCode, _, stderr) = CliTester.Run("--config", config.FilePath, "explore", "toy:pingpong");

        exitCode.ShouldBe(1);
        CliTester.Lines(stderr).ShouldHaveSingleItem().ShouldContain("iommu-actors.exploration.iterations");
    }

    [Fact]
    public void A_word_outside_the_choices_names_the_key_path()
    {
        using var config = new TempConfig("iommu-actors.exploration.strategy = bfs\n");

        var (exitCode, _, stderr) = CliTester.Run("--config", config.FilePath, "explore", "toy:pingpong");

        exitCode.ShouldBe(1);
        CliTester.Lines(stderr).ShouldHaveSingleItem().ShouldContain("iommu-actors.exploration.strategy");
    }

    [Fact]
    public void A_missing_file_is_a_usage_error()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"iommu-actors-missing-{Guid.NewGuid():N}.conf");

        var (exitCode, _, stderr) = CliTester.Run("--config", missing, "explore", "toy:pingpong");

        exitCode.ShouldBe(1);
        CliTester.Lines(stderr).ShouldHaveSingleItem().ShouldContain(missing);
    }

    [Fact]
    public void Config_supplies_the_seed_and_an_explicit_flag_wins()
    {
        using var config = new TempConfig("iommu-actors.exploration.seed = 99\n");

        var fromConfig = CliTester.Run("--config", config.FilePath, "explore", "toy:pingpong", "--iterations", "5", "--json");
        var fromFlag = CliTester.Run("explore", "toy:pingpong", "--config", config.FilePath, "--iterations", "5", "--seed", "5", "--json");

        fromConfig.ExitCode.ShouldBe(0, fromConfig.Stderr);
        Seed(fromConfig.Stdout).ShouldBe(99UL);
        fromFlag.ExitCode.ShouldBe(0, fromFlag.Stderr);
        Seed(fromFlag.Stdout).ShouldBe(5UL);
    }

    [Fact]
    public void Config_supplies_bench_defaults()
    {
        using var config = new TempConfig("iommu-actors.bench.pingpong { pairs = 1, rounds = 2, iterations = 3 }\n");

        var (exitCode, stdout, stderr) = CliTester.Run("--config", config.FilePath, "bench", "pingpong", "--strategy", "random", "--json");

        exitCode.ShouldBe(0, stderr);
        using var json = JsonDocument.Parse(stdout);
        json.RootElement.GetProperty("pairs").GetInt32().ShouldBe(1);
        json.RootElement.GetProperty("rounds").GetInt32().ShouldBe(2);
        json.RootElement.GetProperty("schedules").GetInt32().ShouldBe(3);
        json.RootElement.GetProperty("steps_per_schedule").GetDouble().ShouldBe(5);
    }

    [Fact]
    public void Seed_auto_is_announced_and_reported()
    {
        var (exitCode, stdout, stderr) = CliTester.Run("explore", "toy:pingpong", "--iterations", "2", "--seed", "auto", "--json");

        exitCode.ShouldBe(0);
        var seed = Seed(stdout);
        stderr.Trim().ShouldBe($"iommu-actors: seed auto: using {seed}");
    }

    private static ulong Seed(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("seed").GetUInt64();
    }
}
