using IommuActors.Exploration.Strategies;
using IommuActors.TestKit.Toys;

namespace IommuActors.Exploration.Tests;

public class DelayBoundingStrategyTests
{
    [Fact]
    public void Delay_NoDelays_SameScheduleForEverySeed()
    {
        // Given
        var program = PingPong.Program(3, 4);
        var first = TestingEngine.RunOnce(program, new DelayBoundingStrategy(0, bound: 0), 10_000).ScheduleHash;

        for (ulong seed = 1; seed < 30; seed++)
        {
            // When
            var strategy = new DelayBoundingStrategy(seed, bound: 0);
            strategy.PrepareIteration((int)seed);
            var run = TestingEngine.RunOnce(program, strategy, 10_000);

            // Then
            run.ScheduleHash.ShouldBe(first, $"seed {seed}");
        }
    }

    [Fact]
    public void Delay_NoDelays_RoundRobinOverActors()
    {
        // Given: the scheduler moves to the next actor (by id, wrapping) after every step.
        var log = new DecisionLog(new DelayBoundingStrategy(1, bound: 0));

        // When
        TestingEngine.RunOnce(PingPong.Program(3, 3), log, 1000);

        // Then: each choice is the first enabled actor after the previous one in cyclic id order.
        var last = -1;
        foreach (var (enabled, chosen) in log.Decisions)
        {
            var expected = enabled.Where(a => a > last).DefaultIfEmpty(enabled.Min()).Min();
            chosen.ShouldBe(expected);
            last = chosen;
        }
    }

    [Fact]
    public void Delay_WithDelays_SchedulesDifferAcrossSeeds()
    {
        var program = PingPong.Program(3, 4);

        var hashes = Enumerable.Range(0, 20).Select(seed => TestingEngine.RunOnce(program, new DelayBoundingStrategy((ulong)seed, bound: 3, estimatedLength: 50), 10_000).ScheduleHash);

        hashes.Distinct().Count().ShouldBeGreaterThan(5);
    }

    [Fact]
    public void Delay_Description_NamesSeedAndBound()
    {
        new DelayBoundingStrategy(4, bound: 10).Description.ShouldBe("delay(seed=4, bound=10)");
        Should.Throw<ArgumentOutOfRangeException>(() => new DelayBoundingStrategy(1, bound: -1));
    }
}
