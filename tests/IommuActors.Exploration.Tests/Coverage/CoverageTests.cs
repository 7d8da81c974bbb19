using IommuActors.Exploration.Coverage;
using IommuActors.Runtime;
using IommuActors.TestKit.Toys;

namespace IommuActors.Exploration.Tests.Coverage;

public class CoverageTests
{
    [Fact]
    public void Coverage_PingPong_ReportsEveryHandlerTriple()
    {
        var report = TestingEngine.Explore(PingPong.Program(1, 2), new ExplorationOptions { Strategy = StrategyKind.Dfs, Coverage = true });

        var coverage = report.Coverage.ShouldNotBeNull();
        coverage.Covered.ShouldBe(
        [
            new CoverageTriple("PingPong.Pinger", "0", "PingPong.Pong"),
            new CoverageTriple("PingPong.Pinger", "0", "PingPong.Start"),
            new CoverageTriple("PingPong.Ponger", "0", "PingPong.Ping"),
        ]);
        coverage.Uncovered.ShouldBeEmpty();
        coverage.KnownCount.ShouldBe(3);
    }

    [Fact]
    public void Coverage_NamedStatesAndBecome_SeparateTriplesAndListUnusedHandlers()
    {
        var program = new ActorProgram("door", system =>
        {
            var door = system.ActorOf(Props.Create(() => new Door()), "door");
            door.Tell(new Door.Open());
            door.Tell(new Door.Close());
        });

        var coverage = TestingEngine.Explore(program, new ExplorationOptions { Strategy = StrategyKind.Dfs, Coverage = true }).Coverage!;

        coverage.Covered.ShouldBe([new CoverageTriple("CoverageTests.Door", "0:closed", "CoverageTests.Door.Open"), new CoverageTriple("CoverageTests.Door", "1:open", "CoverageTests.Door.Close")]);
        coverage.Uncovered.ShouldBe([new CoverageTriple("CoverageTests.Door", "0:closed", "CoverageTests.Door.Knock")]);
        coverage.KnownCount.ShouldBe(3);
    }

    [Fact]
    public void RacingPairs_TwoSenders_BothOrdersAcrossDfs()
    {
        var report = TestingEngine.Explore(Senders.Program(2, 1), new ExplorationOptions { Strategy = StrategyKind.Dfs, Coverage = true });

        var coverage = report.Coverage!;
        const string Zero = "/user/recorder <- /user/sender0 Senders.Numbered";
        const string One = "/user/recorder <- /user/sender1 Senders.Numbered";
        coverage.TopRacingPairs.ShouldContain(p => p.First == Zero && p.Second == One);
        coverage.TopRacingPairs.ShouldContain(p => p.First == One && p.Second == Zero);
        coverage.RacingPairs.ShouldBe(2);
        coverage.RacingPairsInBothOrders.ShouldBe(1);
    }

    [Fact]
    public void RacingPairs_SingleChannel_NeverRaces()
    {
        var report = TestingEngine.Explore(Senders.Program(1, 3), new ExplorationOptions { Strategy = StrategyKind.Dfs, Coverage = true });

        report.Coverage!.RacingPairs.ShouldBe(0);
        report.Coverage.Covered.ShouldHaveSingleItem().ShouldBe(new CoverageTriple("Senders.Recorder", "0", "Senders.Numbered"));
    }

    [Fact]
    public void Coverage_DoesNotChangeWhatIsExplored()
    {
        var options = new ExplorationOptions { Strategy = StrategyKind.Dfs, StopOnFirstViolation = false, Iterations = 100_000, Minimize = false };

        var plain = TestingEngine.Explore(LostUpdate.Program(2), options);
        var covered = TestingEngine.Explore(LostUpdate.Program(2), options with { Coverage = true });

        plain.Coverage.ShouldBeNull();
        covered.Schedules.ShouldBe(plain.Schedules);
        covered.Deliveries.ShouldBe(plain.Deliveries);
        covered.Violations.Select(v => v.ScheduleHash).ShouldBe(plain.Violations.Select(v => v.ScheduleHash));
        covered.Coverage!.RacingPairsInBothOrders.ShouldBeGreaterThan(0);
    }

    /// <summary>Closed, then open (a pushed behaviour); knocking is handled but never happens.</summary>
    private sealed class Door : ReceiveActor
    {
        private bool _open;

        public Door()
        {
            Receive<Open>(_ =>
            {
                _open = true;
                BecomeStacked(() => Receive<Close>(_ => _open = false));
            });
            Receive<Knock>(_ => { });
        }

        protected override string? StateName => _open ? "open" : "closed";

        public sealed record Open;

        public sealed record Close;

        public sealed record Knock;
    }
}
