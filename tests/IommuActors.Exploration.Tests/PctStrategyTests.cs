using IommuActors.Exploration.Strategies;
using IommuActors.Runtime.Scheduling;
using IommuActors.TestKit.Toys;

namespace IommuActors.Exploration.Tests;

public class PctStrategyTests
{
    [Fact]
    public void Pct_DepthOne_DeliversEachSendersMessagesTogether()
    {
        // Given: no change points, so the priority order never changes within a schedule.
        for (ulong seed = 0; seed < 30; seed++)
        {
            // When
            var run = TestingEngine.RunOnce(Senders.Program(3, 2), new PctStrategy(seed, depth: 1), 1000);

            // Then: the recorder's deliveries come in three blocks, one per sender, each in send order.
            var senders = Deliveries(run.Schedule).Select(s => s.Sender).ToList();
            senders.Count.ShouldBe(6);
            Blocks(senders).ShouldBe(3, $"seed {seed}: {string.Join(", ", senders)}");
        }
    }

    [Fact]
    public void Pct_DepthOne_NeverPrefersAnActorItPassedOverBefore()
    {
        for (ulong seed = 0; seed < 30; seed++)
        {
            // Given: a fixed priority order (no change points) and a log of every decision.
            var log = new DecisionLog(new PctStrategy(seed, depth: 1));

            // When
            TestingEngine.RunOnce(PingPong.Program(3, 3), log, 1000);

            // Then: "a ran while b was enabled" never happens in both directions.
            var beaten = new HashSet<(int Winner, int Loser)>();
            foreach (var (enabled, chosen) in log.Decisions)
            {
                foreach (var other in enabled.Where(r => r != chosen))
                {
                    beaten.Contains((other, chosen)).ShouldBeFalse($"seed {seed}: actor {other} ran before {chosen} earlier");
                    beaten.Add((chosen, other));
                }
            }
        }
    }

    [Fact]
    public void Pct_DepthTwo_ChangesTheOrderOnce()
    {
        // Given: one change point; after it the actor that was about to run yields to every other actor.
        var inversions = 0;
        for (ulong seed = 0; seed < 30; seed++)
        {
            var log = new DecisionLog(new PctStrategy(seed, depth: 2, estimatedLength: 20));
            TestingEngine.RunOnce(PingPong.Program(3, 3), log, 1000);
            var beaten = new HashSet<(int Winner, int Loser)>();
            foreach (var (enabled, chosen) in log.Decisions)
            {
                foreach (var other in enabled.Where(r => r != chosen))
                {
                    inversions += beaten.Contains((other, chosen)) ? 1 : 0;
                    beaten.Add((chosen, other));
                }
            }
        }

        inversions.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Pct_ChangePoints_AreDrawnOverTheLongestScheduleSeen()
    {
        // Given
        var strategy = new PctStrategy(1, depth: 3, estimatedLength: 500);
        strategy.EstimatedLength.ShouldBe(500);

        // When: one schedule of the lost-update toy completes.
        strategy.PrepareIteration(0);
        var log = new DecisionLog(strategy);
        TestingEngine.RunOnce(LostUpdate.Program(2), log, 1000);
        strategy.CompleteIteration(hitStepBound: false);
        strategy.PrepareIteration(1);

        // Then: the length counts the contested decisions only (two or more actors enabled).
        var contested = log.Decisions.Count(d => d.Enabled.Length > 1);
        contested.ShouldBeGreaterThan(0);
        strategy.EstimatedLength.ShouldBe(contested);
    }

    [Fact]
    public void Pct_Description_NamesSeedAndDepth()
    {
        new PctStrategy(7, depth: 10).Description.ShouldBe("pct(seed=7, depth=10)");
    }

    [Fact]
    public void Pct_DepthBelowOne_IsRejected()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new PctStrategy(1, depth: 0));
        Should.Throw<ArgumentOutOfRangeException>(() => new ExplorationOptions { Strategy = StrategyKind.Pct, StrategyBound = 0 }.Validate());
    }

    private static IEnumerable<ScheduleStep> Deliveries(Schedule schedule) => schedule.Steps.Where(s => s.Kind == StepKind.Deliver);

    private static int Blocks(IReadOnlyList<string> items) => items.Where((item, i) => i == 0 || item != items[i - 1]).Count();
}
