using System.Text.Json;

namespace IommuActors.Cli.Tests;

public class BenchStrategiesCommandTests
{
    private static readonly string SeedScenario = RepoPaths.File("scenarios", "apple-display-multi-dart.conf");

    [Fact]
    public void Json_reports_every_strategy_with_its_medians()
    {
        var (exitCode, stdout, stderr) = CliTester.Run("bench", "strategies", SeedScenario, "--variant", "v6.11", "--seeds", "2", "--json");

        exitCode.ShouldBe(0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        root.GetProperty("benchmark").GetString().ShouldBe("strategies");
        root.GetProperty("variant").GetString().ShouldBe("v6.11");
        root.GetProperty("seeds").GetInt32().ShouldBe(2);
        root.GetProperty("max_schedules").GetInt32().ShouldBe(10_000);
        var strategies = root.GetProperty("strategies").EnumerateArray().ToDictionary(s => s.GetProperty("strategy").GetString()!);
        strategies.Keys.ShouldBe(["random", "pct", "delay", "probabilistic", "portfolio", "dpor"]);
        foreach (var name in new[] { "random", "delay", "portfolio", "dpor" })
        {
            var row = strategies[name];
            row.GetProperty("found").GetInt32().ShouldBe(2, name);
            row.GetProperty("median_schedules").GetDouble().ShouldBeGreaterThan(0);
            row.GetProperty("median_seconds").GetDouble().ShouldBeGreaterThan(0);
            row.GetProperty("violations").EnumerateArray().Select(v => v.GetString()).ShouldBe(["iommus-not-programmed"]);
            var runs = row.GetProperty("runs").EnumerateArray().ToList();
            runs.Select(r => r.GetProperty("seed").GetUInt64()).ShouldBe([1UL, 2UL]);
            runs.ShouldAllBe(r => r.GetProperty("schedules").GetInt32() == r.GetProperty("explored").GetInt32());
        }
    }

    [Fact]
    public void Schedule_counts_do_not_depend_on_the_run()
    {
        string[] args = ["bench", "strategies", SeedScenario, "--variant", "buggy-first-fix", "--seeds", "3", "--max-schedules", "200", "--json"];

        Counts(CliTester.Run(args).Stdout).ShouldBe(Counts(CliTester.Run(args).Stdout));
    }

    [Fact]
    public void Text_has_one_row_per_strategy()
    {
        var (exitCode, stdout, stderr) = CliTester.Run("bench", "strategies", SeedScenario, "--variant", "buggy-first-fix", "--seeds", "2", "--max-schedules", "100");

        exitCode.ShouldBe(0, stderr);
        var lines = CliTester.Lines(stdout);
        lines[0].ShouldStartWith("bench strategies: apple-display-multi-dart, variant buggy-first-fix");
        lines[1].ShouldContain("median schedules");
        lines.Skip(2).Select(l => l.Trim().Split(' ')[0]).ShouldBe(["random", "pct", "delay", "probabilistic", "portfolio", "dpor"]);
        lines.Skip(2).ShouldAllBe(l => l.Contains("partial-iommu-probe"));
    }

    [Theory]
    [InlineData("--seeds", "0")]
    [InlineData("--max-schedules", "-1")]
    public void A_non_positive_count_is_one_line(string option, string value)
    {
        var (exitCode, _, stderr) = CliTester.Run("bench", "strategies", SeedScenario, option, value);

        exitCode.ShouldBe(1);
        CliTester.Lines(stderr).ShouldHaveSingleItem().ShouldContain(option);
    }

    private static string Counts(string json)
    {
        using var document = JsonDocument.Parse(json);
        return string.Join(";", document.RootElement.GetProperty("strategies").EnumerateArray()
            .SelectMany(s => s.GetProperty("runs").EnumerateArray().Select(r => $"{s.GetProperty("strategy")}:{r.GetProperty("explored")}")));
    }
}
