using System.Text.Json;
using IommuActors.Cli.Explore;
using IommuActors.Cli.Output;
using IommuActors.Exploration;
using IommuActors.TestKit.Toys;

namespace IommuActors.Cli.Tests;

/// <summary>The minimisation fields and the coverage object of <c>explore</c>'s JSON and text reports.</summary>
public class ExploreMinimizationOutputTests
{
    [Fact]
    public void Json_Violation_HasTheMinimizedScheduleAndBothLengths()
    {
        var (exitCode, stdout, stderr) = CliTester.Run("explore", "toy:lost-update", "--seed", "7", "--json");

        exitCode.ShouldBe((int)ExitCode.ViolationFound, stderr);
        using var json = JsonDocument.Parse(stdout);
        var violation = json.RootElement.GetProperty("violations").EnumerateArray().ShouldHaveSingleItem();
        var original = violation.GetProperty("original_steps").GetInt32();
        var minimized = violation.GetProperty("minimized_steps").GetInt32();
        original.ShouldBe(violation.GetProperty("steps").GetInt32());
        minimized.ShouldBeInRange(1, original);
        violation.GetProperty("minimized_schedule").GetArrayLength().ShouldBe(minimized);
        violation.GetProperty("minimized_schedule_hash").GetString()!.Length.ShouldBe(16);
        violation.GetProperty("minimized_preemptions").GetInt32().ShouldBeLessThanOrEqualTo(violation.GetProperty("original_preemptions").GetInt32());
        violation.GetProperty("minimization_runs").GetInt32().ShouldBeGreaterThan(0);
        json.RootElement.TryGetProperty("coverage", out _).ShouldBeTrue();
    }

    [Fact]
    public void Json_Scenario_Violation_HasTheMinimizedSchedule()
    {
        var file = RepoPaths.File("scenarios", "apple-display-multi-dart.conf");

        var (exitCode, stdout, stderr) = CliTester.Run("explore", file, "--variant", "buggy-first-fix", "--json");

        exitCode.ShouldBe((int)ExitCode.ViolationFound, stderr);
        using var json = JsonDocument.Parse(stdout);
        var violation = json.RootElement.GetProperty("violations").EnumerateArray().ShouldHaveSingleItem();
        violation.GetProperty("id").GetString().ShouldBe("partial-iommu-probe");
        var minimized = violation.GetProperty("minimized_steps").GetInt32();
        minimized.ShouldBeLessThanOrEqualTo(violation.GetProperty("original_steps").GetInt32());
        violation.GetProperty("minimized_schedule").GetArrayLength().ShouldBe(minimized);
        json.RootElement.TryGetProperty("coverage", out _).ShouldBeTrue();
    }

    [Fact]
    public void Json_Coverage_IsAnObjectWithTriplesAndRacingPairs()
    {
        var request = new ExploreRequest("toy:senders", Senders.Program(2, 1), new ExplorationOptions { Strategy = StrategyKind.Dfs, Coverage = true });
        var report = TestingEngine.Explore(request.Program, request.Options);
        using var writer = new StringWriter();

        CliJson.Write(ExploreJson.From(request, report), writer);

        using var json = JsonDocument.Parse(writer.ToString());
        var coverage = json.RootElement.GetProperty("coverage");
        coverage.GetProperty("covered_triples").GetInt32().ShouldBe(1);
        coverage.GetProperty("known_triples").GetInt32().ShouldBe(1);
        var triple = coverage.GetProperty("covered").EnumerateArray().ShouldHaveSingleItem();
        triple.GetProperty("actor_type").GetString().ShouldBe("Senders.Recorder");
        triple.GetProperty("state").GetString().ShouldBe("0");
        triple.GetProperty("message_type").GetString().ShouldBe("Senders.Numbered");
        coverage.GetProperty("uncovered").GetArrayLength().ShouldBe(0);
        coverage.GetProperty("racing_pairs").GetInt32().ShouldBe(2);
        coverage.GetProperty("racing_pairs_in_both_orders").GetInt32().ShouldBe(1);
        var pair = coverage.GetProperty("top_racing_pairs").EnumerateArray().First();
        pair.GetProperty("first").GetString()!.ShouldStartWith("/user/recorder <- /user/sender");
        pair.GetProperty("second").GetString()!.ShouldStartWith("/user/recorder <- /user/sender");
        pair.GetProperty("count").GetInt64().ShouldBe(1);
    }

    [Fact]
    public void Text_ShowsOneMinimisationLine()
    {
        var (exitCode, stdout, _) = CliTester.Run("explore", "toy:lost-update", "--seed", "7");

        exitCode.ShouldBe(2);
        CliTester.Lines(stdout).Count(line => line.StartsWith("minimised", StringComparison.Ordinal)).ShouldBe(1);
        stdout.ShouldMatch(@"\n  minimised\s+\d+ -> \d+ steps, \d+ -> \d+ preemptions \(\d+ runs, hash [0-9a-f]{16}\)\n");
    }

    [Fact]
    public void Text_ShowsOneCoverageLineWhenCoverageWasCollected()
    {
        var request = new ExploreRequest("toy:senders", Senders.Program(2, 1), new ExplorationOptions { Strategy = StrategyKind.Dfs, Coverage = true });
        var report = TestingEngine.Explore(request.Program, request.Options);
        using var writer = new StringWriter();

        ExploreText.Write(request, report, writer);

        var line = CliTester.Lines(writer.ToString()).Where(l => l.StartsWith("coverage", StringComparison.Ordinal)).ShouldHaveSingleItem();
        line.ShouldBe("coverage        1 of 1 (actor, state, message) triples; 2 racing pairs, 1 in both orders");
    }
}
