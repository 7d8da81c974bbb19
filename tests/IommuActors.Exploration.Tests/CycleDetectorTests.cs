using IommuActors.Exploration.Liveness;
using IommuActors.Exploration.Strategies;
using IommuActors.Runtime;

namespace IommuActors.Exploration.Tests;

public class CycleDetectorTests
{
    [Fact]
    public void FindCycle_TwoActorsBouncingForever_ReturnsTheBounce()
    {
        // Given: a retry loop that never ends, cut off by the step bound.
        var program = new ActorProgram("bounce", system =>
        {
            var a = system.ActorOf(Props.Create(() => new Bouncer()), "a");
            var b = system.ActorOf(Props.Create(() => new Bouncer()), "b");
            a.Tell(b);
        });
        var run = TestingEngine.RunOnce(program, new RandomExplorationStrategy(1), 100);

        // When
        var cycle = CycleDetector.FindCycle(run.Schedule);

        // Then
        run.Outcome.ShouldBe(RunOutcome.StepBound);
        cycle.ShouldNotBeNull();
        cycle.Select(s => s.Receiver).ShouldBe(["/user/a", "/user/b"], ignoreOrder: true);
        CycleDetector.Describe(cycle).ShouldContain("Retry");
    }

    [Fact]
    public void Explore_LivelockDetectionOn_ReportsTheCycleAndItReplays()
    {
        // Given: the bouncing program as a livelock-checked program.
        var program = new ActorProgram("bounce", system =>
        {
            var a = system.ActorOf(Props.Create(() => new Bouncer()), "a");
            a.Tell(system.ActorOf(Props.Create(() => new Bouncer()), "b"));
        })
        { DetectLivelock = true };

        // When
        var report = TestingEngine.Explore(program, new ExplorationOptions { MaxSteps = 200, Iterations = 5 });

        // Then
        var found = report.Violations.ShouldHaveSingleItem();
        found.Violation.Id.ShouldBe("livelock");
        found.Violation.Message.ShouldContain("/user/a <- /user/b CycleDetectorTests.Retry");
        found.Verdict.ShouldBe(ReplayVerdict.Reproduced);
    }

    [Fact]
    public void FindCycle_RunWithoutRepetition_ReturnsNull()
    {
        var program = IommuActors.TestKit.Toys.Senders.Program(3, 4);
        var run = TestingEngine.RunOnce(program, new RandomExplorationStrategy(1), 1000);

        CycleDetector.FindCycle(run.Schedule).ShouldBeNull();
    }

    private sealed record Retry(IActorRef Other);

    private sealed class Bouncer : ReceiveActor
    {
        public Bouncer()
        {
            Receive<IActorRef>(other => other.Tell(new Retry(Self)));
            Receive<Retry>(retry => retry.Other.Tell(new Retry(Self)));
        }
    }
}
