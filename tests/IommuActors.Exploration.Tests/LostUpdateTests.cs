using IommuActors.TestKit;
using IommuActors.TestKit.Toys;

namespace IommuActors.Exploration.Tests;

public class LostUpdateTests
{
    [Fact]
    public void Random_LostUpdateToy_FindsTheRaceAndItReplays()
    {
        // Given
        var program = LostUpdate.Program(2);

        // When
        var report = ActorTestKit.Explore(program, new ExplorationOptions { Iterations = 1000, Seed = 3 });

        // Then
        var found = report.Violations.ShouldHaveSingleItem();
        found.Violation.Id.ShouldBe("lost-update");
        found.Verdict.ShouldBe(ReplayVerdict.Reproduced);
        TestingEngine.Replay(program, found.Schedule).Run!.Violation!.Id.ShouldBe("lost-update");
    }

    [Fact]
    public void Dfs_LostUpdateToy_FindsTheRaceAndItReplays()
    {
        var program = LostUpdate.Program(2);

        var report = ActorTestKit.Explore(program, new ExplorationOptions { Strategy = StrategyKind.Dfs });

        var found = report.Violations.ShouldHaveSingleItem();
        found.Violation.Id.ShouldBe("lost-update");
        TestingEngine.Replay(program, found.Schedule).Run!.Violation!.Id.ShouldBe("lost-update");
    }

    [Fact]
    public void Dfs_LostUpdateToy_ExactlyTheSerialSchedulesPass()
    {
        // Given: all schedules of two read-modify-write clients.
        var report = TestingEngine.Explore(LostUpdate.Program(2), new ExplorationOptions { Strategy = StrategyKind.Dfs, StopOnFirstViolation = false, Iterations = 100_000 });

        // Then: only the two orders where one client's Set reaches the counter before the other's Get pass.
        report.Exhaustive.ShouldBeTrue();
        (report.Schedules - report.Violations.Count).ShouldBe(2);
    }
}
