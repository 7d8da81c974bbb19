using IommuActors.Exploration.Minimization;
using IommuActors.TestKit.Toys;

namespace IommuActors.Exploration.Tests.Minimization;

public class NearestPassingTests
{
    [Fact]
    public void LostUpdate_NearestPassingSchedule_ReplaysClean_AndPartsFromTheFailingOneAtTheRace()
    {
        // Given: a lost update found by random exploration.
        var program = LostUpdate.Program(2);
        var report = TestingEngine.Explore(program, new ExplorationOptions { Strategy = StrategyKind.Random, Iterations = 200, Minimize = false });
        var failing = report.Violations.ShouldHaveSingleItem().Schedule;

        // When
        var nearest = NearestPassing.Find(program, failing, 1000);

        // Then: the passing schedule replays strictly to quiescence with no violation, and differs from the failing one.
        nearest.ShouldNotBeNull();
        var replay = TestingEngine.Replay(program, nearest.Schedule);
        replay.Followed.ShouldBeTrue();
        replay.Run!.Violation.ShouldBeNull();
        nearest.ChangedSteps.ShouldBeGreaterThan(0);
        nearest.FirstDifference.ShouldBeLessThan(failing.Count);
        nearest.Schedule.Steps.Take(nearest.FirstDifference).ShouldBe(failing.Steps.Take(nearest.FirstDifference));
        nearest.Schedule.Steps[nearest.FirstDifference].ShouldNotBe(failing.Steps[nearest.FirstDifference]);
    }
}
