using IommuActors.TestKit;

namespace IommuActors.Runtime.Tests;

public class TestProbeTests
{
    [Fact]
    public void ExpectMsg_WrongType_FailsWithBothTypesNamed()
    {
        var kit = new ActorTestKit();
        var echo = kit.ActorOf(Props.Create(() => new Echo()), "echo");
        kit.TestActor.Send(echo, "text");

        var ex = Should.Throw<TestKitAssertionException>(() => kit.TestActor.ExpectMsg<int>());

        ex.Message.ShouldContain("expected a Int32");
        ex.Message.ShouldContain("String");
    }

    [Fact]
    public void ExpectMsg_NothingComes_FailsSayingTheSystemIsQuiescent()
    {
        var kit = new ActorTestKit();

        var ex = Should.Throw<TestKitAssertionException>(() => kit.TestActor.ExpectMsg<string>());

        ex.Message.ShouldContain("quiescent");
    }

    [Fact]
    public void ExpectNoMsg_SomethingComes_Fails()
    {
        var kit = new ActorTestKit();
        var echo = kit.ActorOf(Props.Create(() => new Echo()), "echo");
        kit.TestActor.Send(echo, "surprise");

        Should.Throw<TestKitAssertionException>(kit.TestActor.ExpectNoMsg);
    }

    [Fact]
    public void FishForMessage_SkipsUntilMatch()
    {
        var kit = new ActorTestKit();
        var echo = kit.ActorOf(Props.Create(() => new Echo()), "echo");
        foreach (var word in new[] { "a", "b", "needle", "c" })
        {
            kit.TestActor.Send(echo, word);
        }

        kit.TestActor.FishForMessage<string>(s => s == "needle").ShouldBe("needle");
        kit.TestActor.ExpectMsg("c");
    }

    [Fact]
    public void Reply_AnswersLastSender()
    {
        var kit = new ActorTestKit();
        var other = kit.CreateTestProbe("other");
        other.Send(kit.TestActor.Ref, "question");
        kit.TestActor.ExpectMsg("question");

        kit.TestActor.Reply("answer");

        other.ExpectMsg("answer");
    }

    [Fact]
    public void ChooseInt_InActor_IsRecordedByValueAndReplayed()
    {
        // Given
        var kit = new ActorTestKit(seed: 77);
        var dice = kit.ActorOf(Props.Create(() => new Dice()), "dice");
        kit.TestActor.Send(dice, "roll");
        var rolled = kit.TestActor.ExpectMsg<int>();

        // Then: the schedule holds the value the strategy chose.
        var choice = kit.Sys.RecordedSchedule().Steps.Single(s => s.Kind == Scheduling.StepKind.ChooseInt);
        choice.Value.ShouldBe(rolled);
        choice.Sequence.ShouldBe(6);
        choice.Receiver.ShouldBe("/user/dice");
    }

    private sealed class Echo : ReceiveActor
    {
        public Echo() => Receive<string>(s => Sender.Tell(s));
    }

    private sealed class Dice : ReceiveActor
    {
        public Dice() => Receive<string>(_ => Sender.Tell(Context.ChooseInt(6)));
    }
}
