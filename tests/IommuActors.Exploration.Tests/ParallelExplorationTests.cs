using IommuActors.Exploration.Strategies;
using IommuActors.TestKit.Toys;

namespace IommuActors.Exploration.Tests;

public class ParallelExplorationTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ExploreParallel_RandomFamily_SameReportAsOneWorker(bool stopOnFirst)
    {
        // Given: a racy toy where some schedules violate and some do not.
        var program = LostUpdate.Program(2);
        var options = new ExplorationOptions { Iterations = 400, Seed = 17, StopOnFirstViolation = stopOnFirst, ReplayCheck = true };

        // When
        var single = TestingEngine.Explore(program, new RandomExplorationStrategy(options.Seed), options);
        var parallel = TestingEngine.ExploreParallel(program, () => new RandomExplorationStrategy(options.Seed), options, workers: 2);

        // Then
        parallel.Schedules.ShouldBe(single.Schedules);
        parallel.Deliveries.ShouldBe(single.Deliveries);
        parallel.Violations.Select(v => (v.ScheduleIndex, v.ScheduleHash, v.StateHash, v.Violation.Id))
            .ShouldBe(single.Violations.Select(v => (v.ScheduleIndex, v.ScheduleHash, v.StateHash, v.Violation.Id)));
        single.Violations.ShouldNotBeEmpty();
    }

    [Fact]
    public void ExploreParallel_NoViolation_ExploresTheWholeBudget()
    {
        var program = PingPong.Program(3, 3);
        var options = new ExplorationOptions { Iterations = 300, Seed = 3 };

        var parallel = TestingEngine.ExploreParallel(program, () => new RandomExplorationStrategy(options.Seed), options, workers: 3);

        parallel.Schedules.ShouldBe(300);
        parallel.Violations.ShouldBeEmpty();
        parallel.Deliveries.ShouldBe(300L * 3 * 7);
    }
}
