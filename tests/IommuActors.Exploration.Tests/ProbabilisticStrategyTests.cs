using IommuActors.Exploration.Strategies;
using IommuActors.TestKit.Toys;

namespace IommuActors.Exploration.Tests;

public class ProbabilisticStrategyTests
{
    [Fact]
    public void Probabilistic_RarelySwitching_KeepsRunningTheSameActor()
    {
        // Given: switch probability 1/1000.
        var log = new DecisionLog(new ProbabilisticStrategy(2, bound: 1000));

        // When
        TestingEngine.RunOnce(PingPong.Program(3, 5), log, 10_000);

        // Then: the actor only changes when the one that ran last has nothing left to do (or, rarely, by chance).
        var switches = log.Decisions.Zip(log.Decisions.Skip(1)).Count(p => p.First.Chosen != p.Second.Chosen && p.Second.Enabled.Contains(p.First.Chosen));
        switches.ShouldBeLessThanOrEqualTo(1);
    }

    [Fact]
    public void Probabilistic_AlwaysSwitching_IsUniformRandom()
    {
        var program = PingPong.Program(3, 4);

        var hashes = Enumerable.Range(0, 20).Select(seed => TestingEngine.RunOnce(program, new ProbabilisticStrategy((ulong)seed, bound: 1), 10_000).ScheduleHash);

        hashes.Distinct().Count().ShouldBeGreaterThan(15);
    }

    [Fact]
    public void Probabilistic_Description_NamesTheProbability()
    {
        new ProbabilisticStrategy(3).Description.ShouldBe("probabilistic(seed=3, p=1/10)");
        Should.Throw<ArgumentOutOfRangeException>(() => new ProbabilisticStrategy(1, bound: 0));
    }
}
