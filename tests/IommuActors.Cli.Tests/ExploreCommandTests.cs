using System.Text.Json;
using IommuActors.Exploration;
using IommuActors.TestKit.Toys;

namespace IommuActors.Cli.Tests;

public class ExploreCommandTests
{
    [Fact]
    public void Random_exploration_finds_and_replays_the_lost_update()
    {
        var (exitCode, stdout, stderr) = CliTester.Run("explore", "toy:lost-update", "--strategy", "random", "--iterations", "1000", "--seed", "7", "--json");

        exitCode.ShouldBe((int)ExitCode.ViolationFound, stderr);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        root.GetProperty("scenario").GetString().ShouldBe("toy:lost-update");
        root.GetProperty("kernel").ValueKind.ShouldBe(JsonValueKind.Null);
        root.GetProperty("strategy").GetString().ShouldBe("random");
        root.GetProperty("seed").GetUInt64().ShouldBe(7UL);
        var violation = root.GetProperty("violations").EnumerateArray().ShouldHaveSingleItem();
        violation.GetProperty("id").GetString().ShouldBe("lost-update");
        violation.GetProperty("verdict").GetString().ShouldBe("Reproduced");
        violation.GetProperty("schedule_hash").GetString()!.Length.ShouldBe(16);
        violation.GetProperty("state_hash").GetString()!.Length.ShouldBe(16);
        violation.GetProperty("schedule").GetArrayLength().ShouldBe(violation.GetProperty("steps").GetInt32());
    }

    [Fact]
    public void Exhaustive_dfs_reports_every_schedule_the_engine_explores()
    {
        var expected = TestingEngine.Explore(LostUpdate.Program(2), new ExplorationOptions
        {
            Strategy = StrategyKind.Dfs,
            StopOnFirstViolation = false,
        });

        var (exitCode, stdout, stderr) = CliTester.Run("explore", "toy:lost-update", "--strategy", "dfs", "--all", "--json");

        exitCode.ShouldBe(2, stderr);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        root.GetProperty("exhaustive").GetBoolean().ShouldBeTrue();
        expected.Exhaustive.ShouldBeTrue();
        root.GetProperty("schedules").GetInt32().ShouldBe(expected.Schedules);
        root.GetProperty("steps").GetInt64().ShouldBe(expected.Deliveries);
        root.GetProperty("violations").GetArrayLength().ShouldBe(expected.Violations.Count);
    }

    [Fact]
    public void Bounded_dfs_of_pingpong_finds_nothing()
    {
        var (exitCode, stdout, stderr) = CliTester.Run("explore", "toy:pingpong", "--strategy", "dfs", "--iterations", "50", "--json");

        exitCode.ShouldBe((int)ExitCode.Success, stderr);
        using var json = JsonDocument.Parse(stdout);
        json.RootElement.GetProperty("schedules").GetInt32().ShouldBe(50);
        json.RootElement.GetProperty("exhaustive").GetBoolean().ShouldBeFalse();
        json.RootElement.GetProperty("violations").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public void Text_report_shows_the_first_violation_with_a_numbered_schedule()
    {
        var (exitCode, stdout, _) = CliTester.Run("explore", "toy:lost-update", "--seed", "7");

        exitCode.ShouldBe(2);
        stdout.ShouldContain("violation lost-update");
        stdout.ShouldContain("Reproduced");
        stdout.ShouldContain("exhaustive      no");
        stdout.ShouldMatch(@"\n\s+1  deliver /user/");
    }

    [Fact]
    public void The_same_arguments_give_the_same_report()
    {
        string[] args = ["explore", "toy:lost-update", "--strategy", "random", "--seed", "11", "--all", "--iterations", "40", "--json"];

        CliTester.Run(args).Stdout.ShouldBe(CliTester.Run(args).Stdout);
    }
}
