using System.Text.Json;

namespace IommuActors.Cli.Tests;

public class BenchKernelCommandTests
{
    [Fact]
    public void Bench_boot_json_reports_positive_numbers()
    {
        var (exitCode, stdout, stderr) = CliTester.Run("bench", "boot", "--iommus", "4", "--devices", "20", "--iterations", "3", "--json");

        exitCode.ShouldBe(0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        root.GetProperty("benchmark").GetString().ShouldBe("boot");
        root.GetProperty("iommus").GetInt32().ShouldBe(4);
        root.GetProperty("devices").GetInt32().ShouldBe(20);
        root.GetProperty("kernel").GetString().ShouldBe("v6.15");
        root.GetProperty("boots").GetInt32().ShouldBe(3);
        root.GetProperty("total_steps").GetInt64().ShouldBeGreaterThan(0);
        root.GetProperty("steps_per_boot").GetDouble().ShouldBeGreaterThan(0);
        root.GetProperty("ms_per_boot_median").GetDouble().ShouldBeGreaterThan(0);
        root.GetProperty("ms_per_boot_max").GetDouble().ShouldBeGreaterThanOrEqualTo(root.GetProperty("ms_per_boot_median").GetDouble());
        root.GetProperty("boots_per_second").GetDouble().ShouldBeGreaterThan(0);
        root.GetProperty("steps_per_second").GetDouble().ShouldBeGreaterThan(0);
        root.GetProperty("elapsed_seconds").GetDouble().ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Bench_boot_text_names_the_rates()
    {
        var (exitCode, stdout, stderr) = CliTester.Run("bench", "boot", "--iommus", "1", "--devices", "2", "--iterations", "2", "--kernel", "6.6", "--seed", "5");

        exitCode.ShouldBe(0, stderr);
        stdout.ShouldContain("kernel v6.6");
        stdout.ShouldContain("ms/boot median");
        stdout.ShouldContain("steps/boot");
        stdout.ShouldContain("boots/second");
        stdout.ShouldContain("seed              5");
    }

    [Theory]
    [InlineData(new[] { "bench", "boot", "--devices", "2" }, "--iommus")]
    [InlineData(new[] { "bench", "boot", "--iommus", "0", "--devices", "2" }, "--iommus")]
    [InlineData(new[] { "bench", "boot", "--iommus", "1", "--devices", "2", "--kernel", "3.0" }, "--kernel")]
    [InlineData(new[] { "bench", "boot", "--iommus", "1", "--devices", "2", "--iterations", "0" }, "--iterations")]
    public void Bench_boot_rejects_bad_input_in_one_line(string[] args, string option)
    {
        var (exitCode, _, stderr) = CliTester.Run(args);

        exitCode.ShouldBe(1);
        CliTester.Lines(stderr).ShouldHaveSingleItem().ShouldContain(option);
    }

    [Fact]
    public void Bench_scenario_json_reports_throughput()
    {
        var file = ScenarioFixtures.Valid("multi-dart.conf");

        var (exitCode, stdout, stderr) = CliTester.Run("bench", "scenario", file, "--variant", "fixed", "--iterations", "20", "--seed", "2", "--json");

        exitCode.ShouldBe(0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        root.GetProperty("benchmark").GetString().ShouldBe("scenario");
        root.GetProperty("scenario").GetString().ShouldBe("fixture-multi-dart");
        root.GetProperty("variant").GetString().ShouldBe("fixed");
        root.GetProperty("kernel").GetString().ShouldBe("v6.11");
        root.GetProperty("seed").GetUInt64().ShouldBe(2UL);
        root.GetProperty("max_steps").GetInt32().ShouldBe(5000);
        root.GetProperty("schedules").GetInt32().ShouldBe(20);
        root.GetProperty("total_steps").GetInt64().ShouldBeGreaterThan(0);
        root.GetProperty("steps_per_schedule").GetDouble().ShouldBeGreaterThan(0);
        root.GetProperty("steps_per_second").GetDouble().ShouldBeGreaterThan(0);
        root.GetProperty("schedules_per_second").GetDouble().ShouldBeGreaterThan(0);
        root.GetProperty("violations").GetInt32().ShouldBeGreaterThanOrEqualTo(0);
    }

    [Fact]
    public void Bench_scenario_reports_scenario_errors_with_their_position()
    {
        var path = ScenarioFixtures.Error("unknown-arch.conf");

        var (exitCode, _, stderr) = CliTester.Run("bench", "scenario", path);

        exitCode.ShouldBe(1);
        CliTester.Lines(stderr).ShouldHaveSingleItem().ShouldStartWith($"iommu-actors: error: {path}:3:10: ");
    }

    [Theory]
    [InlineData("explore")]
    [InlineData("kernels")]
    [InlineData("bench scenario")]
    [InlineData("bench boot")]
    public void Help_fits_in_120_columns(string command)
    {
        var stdout = CliTester.Run([.. command.Split(' '), "--help"]).Stdout;

        CliTester.Lines(stdout).ShouldAllBe(line => line.Length <= 120);
    }
}
