using IommuActors.Exploration.Coverage;
using IommuActors.Exploration.Strategies;
using IommuActors.TestKit.Toys;

namespace IommuActors.Exploration.Tests.Coverage;

public class ParallelCoverageTests
{
    [Fact]
    public void TwoWorkers_MergeTheirCollectors_IntoExactlyTheSingleWorkerCoverage()
    {
        // Given: schedule i depends only on the seed and i, so both runs explore the same 3,000 schedules.
        var program = LostUpdate.Program(3);
        var options = new ExplorationOptions { Strategy = StrategyKind.Random, Iterations = 3_000, StopOnFirstViolation = false, Minimize = false, Coverage = true };

        // When (a budget check routes the two-worker run through the chunked pipeline, which keeps index order)
        var one = TestingEngine.Explore(program, options with { Workers = 1 }).Coverage!;
        var two = TestingEngine.Explore(program, options with { Workers = 2, ShouldStop = () => false }).Coverage!;

        // Then
        two.Covered.ShouldBe(one.Covered);
        two.Uncovered.ShouldBe(one.Uncovered);
        two.RacingPairs.ShouldBe(one.RacingPairs);
        two.RacingPairsInBothOrders.ShouldBe(one.RacingPairsInBothOrders);
        two.TopRacingPairs.Select(p => (p.First, p.Second, p.Count)).ShouldBe(one.TopRacingPairs.Select(p => (p.First, p.Second, p.Count)));
    }

    [Fact]
    public void LiveCounts_MatchTheReport_AfterEverySchedule()
    {
        var collector = new CoverageCollector();
        var program = collector.Instrument(PingPong.Program(2, 3));
        var strategy = new RandomExplorationStrategy(5);

        for (var i = 0; i < 30; i++)
        {
            strategy.PrepareIteration(i);
            TestingEngine.RunOnce(program, strategy, 1000);
            strategy.CompleteIteration(false);

            var report = collector.ToReport();
            collector.CoveredCount.ShouldBe(report.CoveredCount);
            collector.KnownCount.ShouldBe(report.KnownCount);
        }
    }
}
