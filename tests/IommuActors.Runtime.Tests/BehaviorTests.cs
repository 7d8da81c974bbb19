using IommuActors.TestKit;

namespace IommuActors.Runtime.Tests;

public class BehaviorTests
{
    [Fact]
    public void Become_SwitchesHandlers()
    {
        var kit = new ActorTestKit();
        var toggle = kit.ActorOf(Props.Create(() => new Toggle()), "toggle");

        kit.TestActor.Send(toggle, "state");
        kit.TestActor.ExpectMsg("off");
        kit.TestActor.Send(toggle, "flip");
        kit.TestActor.Send(toggle, "state");
        kit.TestActor.ExpectMsg("on");
        kit.TestActor.Send(toggle, "flip");
        kit.TestActor.Send(toggle, "state");
        kit.TestActor.ExpectMsg("off");
    }

    [Fact]
    public void BecomeStacked_UnbecomeStacked_ReturnsToPreviousBehavior()
    {
        var kit = new ActorTestKit();
        var stacked = kit.ActorOf(Props.Create(() => new Stacked()), "stacked");

        kit.TestActor.Send(stacked, "push");
        kit.TestActor.Send(stacked, "who");
        kit.TestActor.ExpectMsg("pushed");
        kit.TestActor.Send(stacked, "pop");
        kit.TestActor.Send(stacked, "who");
        kit.TestActor.ExpectMsg("base");
    }

    [Fact]
    public void Stash_MessagesBeforeOpen_AreHandledInOrderAfterUnstashAll()
    {
        // Given: a gate that stashes work until it is opened.
        var kit = new ActorTestKit();
        var gate = kit.ActorOf(Props.Create(() => new Gate()), "gate");
        kit.TestActor.Send(gate, 1);
        kit.TestActor.Send(gate, 2);
        kit.TestActor.Send(gate, 3);
        kit.TestActor.ExpectNoMsg();

        // When
        kit.TestActor.Send(gate, "open");

        // Then: the stashed messages come back first and in order.
        kit.TestActor.ExpectMsg(1);
        kit.TestActor.ExpectMsg(2);
        kit.TestActor.ExpectMsg(3);
        kit.Sys.RecordedSchedule().Steps.Count(s => s.Kind == Scheduling.StepKind.Unstash).ShouldBe(3);
    }

    [Fact]
    public void Unhandled_UnknownMessage_IsRecorded()
    {
        var kit = new ActorTestKit();
        var toggle = kit.ActorOf(Props.Create(() => new Toggle()), "toggle");

        kit.TestActor.Send(toggle, 42);
        kit.TestActor.ExpectNoMsg();

        kit.Sys.Unhandled.ShouldHaveSingleItem().MessageType.ShouldBe("Int32");
    }

    private sealed class Toggle : ReceiveActor
    {
        public Toggle() => Off();

        private void Off()
        {
            Receive<string>(s => s == "state", _ => Sender.Tell("off"));
            Receive<string>(s => s == "flip", _ => Become(On));
        }

        private void On()
        {
            Receive<string>(s => s == "state", _ => Sender.Tell("on"));
            Receive<string>(s => s == "flip", _ => Become(Off));
        }
    }

    private sealed class Stacked : ReceiveActor
    {
        public Stacked()
        {
            Receive<string>(s => s == "who", _ => Sender.Tell("base"));
            Receive<string>(s => s == "push", _ => BecomeStacked(() =>
            {
                Receive<string>(s => s == "who", _ => Sender.Tell("pushed"));
                Receive<string>(s => s == "pop", _ => UnbecomeStacked());
            }));
        }
    }

    private sealed class Gate : ReceiveActor, IWithUnboundedStash
    {
        public Gate()
        {
            Receive<int>(_ => Stash.Stash());
            Receive<string>(s => s == "open", _ =>
            {
                Become(() => Receive<int>(n => Sender.Tell(n)));
                Stash.UnstashAll();
            });
        }

        public IStash Stash { get; set; } = null!;
    }
}
