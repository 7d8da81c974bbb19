using IommuActors.TestKit;

namespace IommuActors.Runtime.Tests;

public class DeathWatchTests
{
    [Fact]
    public void Watch_TargetStops_WatcherReceivesTerminated()
    {
        var kit = new ActorTestKit();
        var target = kit.ActorOf(Props.Create(() => new Idle()), "target");
        kit.TestActor.Watch(target);

        kit.Sys.Stop(target);

        kit.TestActor.ExpectMsg<Terminated>().ActorRef.ShouldBe(target);
    }

    [Fact]
    public void Watch_TargetAlreadyDead_TerminatedArrivesAnyway()
    {
        var kit = new ActorTestKit();
        var target = kit.ActorOf(Props.Create(() => new Idle()), "target");
        kit.Sys.Stop(target);

        kit.TestActor.Watch(target);

        kit.TestActor.ExpectMsg<Terminated>().ActorRef.ShouldBe(target);
    }

    [Fact]
    public void PoisonPill_StopsAfterEarlierMessages_AndNotifiesWatcher()
    {
        var kit = new ActorTestKit();
        var echo = kit.ActorOf(Props.Create(() => new Echo()), "echo");
        kit.TestActor.Watch(echo);
        kit.TestActor.Send(echo, "hi");
        kit.TestActor.Send(echo, PoisonPill.Instance);

        kit.TestActor.ExpectMsg("hi");
        kit.TestActor.ExpectMsg<Terminated>();
    }

    [Fact]
    public void Unwatch_BeforeStop_NoTerminated()
    {
        var kit = new ActorTestKit();
        var watcher = kit.ActorOf(Props.Create(() => new Watcher(kit.TestActor.Ref)), "watcher");
        var target = kit.ActorOf(Props.Create(() => new Idle()), "target");
        watcher.Tell(new WatchIt(target));
        watcher.Tell(new UnwatchIt(target));
        kit.TestActor.ExpectNoMsg();

        kit.Sys.Stop(target);

        kit.TestActor.ExpectNoMsg();
    }

    [Fact]
    public void Terminated_NotHandled_IsADeathPactFailure()
    {
        var kit = new ActorTestKit();
        var target = kit.ActorOf(Props.Create(() => new Idle()), "target");
        var watcher = kit.ActorOf(Props.Create(() => new Watcher(null)), "watcher");
        watcher.Tell(new WatchIt(target));
        kit.TestActor.ExpectNoMsg();

        kit.Sys.Stop(target);
        kit.TestActor.ExpectNoMsg();

        kit.Sys.Crashes.ShouldHaveSingleItem().ExceptionType.ShouldBe(nameof(DeathPactException));
    }

    [Fact]
    public void Stop_Parent_StopsChildrenAndNotifiesTheirWatchers()
    {
        var kit = new ActorTestKit();
        var parent = kit.ActorOf(Props.Create(() => new WithChild()), "parent");
        kit.TestActor.Send(parent, "child?");
        var child = kit.TestActor.ExpectMsg<IActorRef>();
        kit.TestActor.Watch(child);

        kit.Sys.Stop(parent);

        kit.TestActor.ExpectMsg<Terminated>().ActorRef.ShouldBe(child);
        kit.Sys.Lookup("/user/parent/kid").ShouldBe(ActorRefs.Nobody);
    }

    private sealed record WatchIt(IActorRef Target);

    private sealed record UnwatchIt(IActorRef Target);

    private sealed class Idle : ReceiveActor;

    private sealed class Echo : ReceiveActor
    {
        public Echo() => Receive<string>(s => Sender.Tell(s));
    }

    private sealed class WithChild : ReceiveActor
    {
        public WithChild()
        {
            var kid = Context.ActorOf(Props.Create(() => new Idle()), "kid");
            Receive<string>(_ => Sender.Tell(kid));
        }
    }

    private sealed class Watcher : ReceiveActor
    {
        public Watcher(IActorRef? report)
        {
            Receive<WatchIt>(w => Context.Watch(w.Target));
            Receive<UnwatchIt>(w => Context.Unwatch(w.Target));
            if (report is not null)
            {
                Receive<Terminated>(t => report.Tell(t));
            }
        }
    }
}
