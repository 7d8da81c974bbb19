using IommuActors.Exploration;
using IommuActors.TestKit;

namespace IommuActors.Runtime.Tests;

public class TimerTests
{
    [Fact]
    public void SingleTimers_StartedOutOfOrder_FireInDueOrderOnTheVirtualClock()
    {
        // Given: timers of 30 s, 1 h and 10 s; no wall-clock time is spent waiting for them.
        var kit = new ActorTestKit();
        var timed = kit.ActorOf(Props.Create(() => new Timed(kit.TestActor.Ref)), "timed");
        kit.TestActor.Send(timed, new ArmAll([new Arm("a", TimeSpan.FromSeconds(30)), new Arm("b", TimeSpan.FromHours(1)), new Arm("c", TimeSpan.FromSeconds(10))]));

        // When / Then
        kit.TestActor.ExpectMsg<Fired>().ShouldBe(new Fired("c", TimeSpan.FromSeconds(10)));
        kit.TestActor.ExpectMsg<Fired>().ShouldBe(new Fired("a", TimeSpan.FromSeconds(30)));
        kit.TestActor.ExpectMsg<Fired>().ShouldBe(new Fired("b", TimeSpan.FromHours(1)));
        kit.Sys.Clock.Elapsed.ShouldBe(TimeSpan.FromHours(1));
    }

    [Fact]
    public void Timers_EverySchedule_FireInDueOrder()
    {
        // Given: whatever the interleaving of the arming messages, firing order follows due time.
        var program = new ActorProgram("timers", system =>
        {
            var timed = system.ActorOf(Props.Create(() => new Timed(null)), "timed");
            timed.Tell(new Arm("late", TimeSpan.FromMilliseconds(20)));
            system.InjectEvent("other", timed, new Arm("early", TimeSpan.FromMilliseconds(5)));
        })
        {
            Invariants =
            [
                Invariant.AtQuiescence("order", s =>
                {
                    var fired = s.UnderlyingActor<Timed>(s.Lookup("/user/timed")).FiredAt;
                    return fired.SequenceEqual(fired.Order()) && fired.Count == 2 ? null : string.Join(",", fired);
                }),
            ],
        };

        // When
        var report = TestingEngine.Explore(program, new ExplorationOptions { Strategy = StrategyKind.Dfs });

        // Then
        report.Exhaustive.ShouldBeTrue();
        report.Violations.ShouldBeEmpty();
    }

    [Fact]
    public void PeriodicTimer_Cancelled_StopsFiring()
    {
        var kit = new ActorTestKit();
        var timed = kit.ActorOf(Props.Create(() => new Timed(kit.TestActor.Ref)), "timed");
        kit.TestActor.Send(timed, new Periodic("tick", TimeSpan.FromSeconds(1)));

        kit.TestActor.ExpectMsg<Fired>().At.ShouldBe(TimeSpan.FromSeconds(1));
        kit.TestActor.ExpectMsg<Fired>().At.ShouldBe(TimeSpan.FromSeconds(2));
        kit.TestActor.ExpectMsg<Fired>().At.ShouldBe(TimeSpan.FromSeconds(3));
        kit.TestActor.Send(timed, new Cancel("tick"));

        // The timer may fire again while the cancel is in flight (time can pass at any step); after the
        // acknowledgement it never fires again.
        kit.TestActor.FishForMessage<string>(s => s == "cancelled");
        kit.TestActor.ExpectNoMsg();
        kit.Sys.IsQuiescent.ShouldBeTrue();
    }

    [Fact]
    public void Timer_ActorStopped_TimerIsCancelled()
    {
        var kit = new ActorTestKit();
        var timed = kit.ActorOf(Props.Create(() => new Timed(kit.TestActor.Ref)), "timed");
        kit.TestActor.Send(timed, new Arm("x", TimeSpan.FromSeconds(5), StopAfter: true));

        kit.TestActor.ExpectNoMsg();
        kit.Sys.Clock.Elapsed.ShouldBe(TimeSpan.Zero);
    }

    private sealed record Arm(string Key, TimeSpan Delay, bool StopAfter = false);

    private sealed record ArmAll(Arm[] Arms);

    private sealed record Periodic(string Key, TimeSpan Interval);

    private sealed record Cancel(string Key);

    private sealed record Fire(string Key);

    private sealed record Fired(string Key, TimeSpan At);

    private sealed class Timed : ReceiveActor, IWithTimers
    {
        public Timed(IActorRef? report)
        {
            Receive<Arm>(a =>
            {
                Timers.StartSingleTimer(a.Key, new Fire(a.Key), a.Delay);
                if (a.StopAfter)
                {
                    Context.Stop(Self);
                }
            });
            Receive<ArmAll>(all => Array.ForEach(all.Arms, a => Timers.StartSingleTimer(a.Key, new Fire(a.Key), a.Delay)));
            Receive<Periodic>(p => Timers.StartPeriodicTimer(p.Key, new Fire(p.Key), p.Interval));
            Receive<Cancel>(c =>
            {
                Timers.Cancel(c.Key);
                Sender.Tell("cancelled");
            });
            Receive<Fire>(f =>
            {
                FiredAt.Add(Context.System.Clock.Elapsed);
                report?.Tell(new Fired(f.Key, Context.System.Clock.Elapsed));
            });
        }

        public List<TimeSpan> FiredAt { get; } = [];

        public ITimerScheduler Timers { get; set; } = null!;
    }
}
