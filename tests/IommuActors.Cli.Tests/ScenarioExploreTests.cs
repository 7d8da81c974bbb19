using System.Text.Json;

namespace IommuActors.Cli.Tests;

public class ScenarioExploreTests
{
    private static readonly string MultiDart = ScenarioFixtures.Valid("multi-dart.conf");

    [Theory]
    [InlineData("unknown-profile.conf", 4, 31)]
    [InlineData("undefined-iommu.conf", 5, 44)]
    [InlineData("duplicate-variant.conf", 6, 5)]
    [InlineData("unknown-fix.conf", 4, 61)]
    [InlineData("malformed.conf", 3, 10)]
    public void A_scenario_error_is_one_line_with_its_position(string file, int line, int column)
    {
        var path = ScenarioFixtures.Error(file);

        var (exitCode, stdout, stderr) = CliTester.Run("explore", path);

        exitCode.ShouldBe((int)ExitCode.UsageError);
        stdout.ShouldBeEmpty();
        CliTester.Lines(stderr).ShouldHaveSingleItem().ShouldStartWith($"iommu-actors: error: {path}:{line}:{column}: ");
    }

    [Fact]
    public void A_missing_scenario_file_is_a_usage_error()
    {
        var path = ScenarioFixtures.Error("does-not-exist.conf");

        var (exitCode, _, stderr) = CliTester.Run("explore", path);

        exitCode.ShouldBe(1);
        CliTester.Lines(stderr).ShouldHaveSingleItem().ShouldBe($"iommu-actors: error: {path}: scenario file not found");
    }

    [Fact]
    public void An_unknown_variant_names_the_known_ones()
    {
        var (exitCode, stdout, stderr) = CliTester.Run("explore", MultiDart, "--variant", "nope");

        exitCode.ShouldBe(1);
        stdout.ShouldBeEmpty();
        var line = CliTester.Lines(stderr).ShouldHaveSingleItem();
        line.ShouldContain("--variant");
        line.ShouldContain("'nope'");
        line.ShouldContain("buggy, fixed");
    }

    [Theory]
    [InlineData("--kernel", "2.6", "unknown kernel version '2.6'")]
    [InlineData("--fix", "no-such-fix", "unknown kernel change 'no-such-fix'")]
    [InlineData("--without-fix", "deadbeef", "unknown kernel change 'deadbeef'")]
    public void An_unknown_kernel_on_the_command_line_names_the_option(string option, string value, string message)
    {
        var (exitCode, _, stderr) = CliTester.Run("explore", MultiDart, option, value);

        exitCode.ShouldBe(1);
        CliTester.Lines(stderr).ShouldHaveSingleItem().ShouldStartWith($"iommu-actors: error: {option}: {message}");
    }

    [Fact]
    public void Scenario_options_with_a_toy_are_a_usage_error()
    {
        var (exitCode, _, stderr) = CliTester.Run("explore", "toy:pingpong", "--variant", "buggy");

        exitCode.ShouldBe(1);
        CliTester.Lines(stderr).ShouldHaveSingleItem().ShouldContain("--variant applies to scenario files only");
    }

    [Theory]
    [InlineData("buggy")]
    [InlineData("fixed")]
    public void Json_report_is_consistent_with_the_exit_code(string variant)
    {
        var (exitCode, stdout, stderr) = CliTester.Run("explore", MultiDart, "--variant", variant, "--iterations", "30", "--seed", "4", "--json");

        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        var violations = root.GetProperty("violations").EnumerateArray().ToList();
        exitCode.ShouldBe(violations.Count > 0 ? 2 : 0, stderr);
        root.GetProperty("scenario").GetString().ShouldBe("fixture-multi-dart");
        root.GetProperty("file").GetString().ShouldBe(MultiDart);
        root.GetProperty("variant").GetString().ShouldBe(variant);
        root.GetProperty("strategy").GetString().ShouldBe("random");
        root.GetProperty("seed").GetUInt64().ShouldBe(4UL);
        root.GetProperty("schedules").GetInt32().ShouldBeInRange(1, 30);
        root.GetProperty("steps").GetInt64().ShouldBeGreaterThan(0);
        root.GetProperty("max_steps").GetInt32().ShouldBe(5000);
        root.GetProperty("exhaustive").GetBoolean().ShouldBeFalse();
        root.GetProperty("fixes").GetArrayLength().ShouldBe(0);
        var expected = root.GetProperty("expected").EnumerateArray().Select(e => e.GetString()).ToList();
        var found = violations.Select(v => v.GetProperty("id").GetString()).ToList();
        var asExpected = expected.Count == 0 ? found.Count == 0 : found.Count > 0 && found.TrueForAll(expected.Contains);
        root.GetProperty("as_expected").GetBoolean().ShouldBe(asExpected);
        foreach (var v in violations)
        {
            v.GetProperty("verdict").GetString().ShouldBe("Reproduced");
            v.GetProperty("schedule").GetArrayLength().ShouldBe(v.GetProperty("steps").GetInt32());
            v.GetProperty("schedule_hash").GetString()!.Length.ShouldBe(16);
            v.GetProperty("state_hash").GetString()!.Length.ShouldBe(16);
            v.GetProperty("dmesg").GetArrayLength().ShouldBeGreaterThan(0);
            v.GetProperty("message").GetString().ShouldNotBeNullOrWhiteSpace();
            v.GetProperty("schedule_index").GetInt32().ShouldBeGreaterThanOrEqualTo(0);
        }
    }

    [Fact]
    public void Kernel_and_fix_flags_change_the_kernel()
    {
        var (_, stdout, stderr) = CliTester.Run("explore", MultiDart, "--variant", "fixed", "--kernel", "6.6", "--fix", "3f7c32091628", "--fix", "of-configure-simplified", "--iterations", "2", "--json");

        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        root.GetProperty("kernel").GetString().ShouldBe("v6.6 +fwspec-ops-resolved +of-configure-simplified", stderr);
        root.GetProperty("kernel_version").GetString().ShouldBe("6.6");
        root.GetProperty("fixes").EnumerateArray().Select(f => f.GetString()).ShouldBe(["fwspec-ops-resolved", "of-configure-simplified"]);
        root.GetProperty("switches").EnumerateArray().Select(f => f.GetString()).ShouldContain("fwspec-ops-resolved");
    }

    [Fact]
    public void The_scenario_supplies_exploration_defaults_and_flags_win()
    {
        // multi-dart.conf: exploration { strategy = random, iterations = 200, max-steps = 5000 }
        var fromScenario = CliTester.Run("explore", MultiDart, "--variant", "fixed", "--json");
        var fromFlags = CliTester.Run("explore", MultiDart, "--variant", "fixed", "--iterations", "3", "--max-steps", "4000", "--json");

        using var scenario = JsonDocument.Parse(fromScenario.Stdout);
        using var flags = JsonDocument.Parse(fromFlags.Stdout);
        if (scenario.RootElement.GetProperty("violations").GetArrayLength() == 0)
        {
            scenario.RootElement.GetProperty("schedules").GetInt32().ShouldBe(200);
        }

        scenario.RootElement.GetProperty("max_steps").GetInt32().ShouldBe(5000);
        scenario.RootElement.GetProperty("seed").GetUInt64().ShouldBe(1UL);
        flags.RootElement.GetProperty("schedules").GetInt32().ShouldBeLessThanOrEqualTo(3);
        flags.RootElement.GetProperty("max_steps").GetInt32().ShouldBe(4000);
    }

    [Fact]
    public void Text_report_shows_the_summary_and_the_first_violation_with_its_dmesg()
    {
        var (exitCode, stdout, _) = CliTester.Run("explore", MultiDart, "--iterations", "30", "--seed", "4");

        stdout.ShouldContain($"scenario        fixture-multi-dart ({MultiDart})");
        stdout.ShouldContain("variant         buggy");
        stdout.ShouldContain("kernel          v6.6");
        stdout.ShouldContain("strategy        random(seed=4)");
        stdout.ShouldContain("expected        iommu-config-einval | partial-iommu-probe | iommus-not-programmed");
        stdout.ShouldMatch(@"as expected     (yes|no)");
        if (exitCode == 2)
        {
            stdout.ShouldMatch(@"\nviolation [a-z-]+\n");
            stdout.ShouldContain("replay          Reproduced");
            stdout.ShouldMatch(@"dmesg \(\d+ lines\):\n    ");
        }
        else
        {
            exitCode.ShouldBe(0);
            stdout.ShouldContain("violations      0");
        }
    }

    [Fact]
    public void The_same_arguments_give_the_same_report()
    {
        string[] args = ["explore", MultiDart, "--seed", "9", "--iterations", "20", "--all", "--json"];

        CliTester.Run(args).Stdout.ShouldBe(CliTester.Run(args).Stdout);
    }
}
