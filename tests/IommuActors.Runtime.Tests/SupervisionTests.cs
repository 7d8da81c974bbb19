using IommuActors.Runtime.Tests.Fixtures;
using IommuActors.TestKit;

namespace IommuActors.Runtime.Tests;

public class SupervisionTests
{
    [Fact]
    public void Restart_ChildThrows_StateIsResetAndCrashIsRecorded()
    {
        // Given
        var kit = new ActorTestKit();
        var parent = kit.ActorOf(Props.Create(() => new Parent(Directive.Restart)), "parent");
        kit.TestActor.Send(parent, "inc");
        kit.TestActor.Send(parent, "inc");
        kit.TestActor.Send(parent, "get");
        kit.TestActor.ExpectMsg(2);

        // When
        kit.TestActor.Send(parent, "boom");
        kit.TestActor.Send(parent, "get");

        // Then
        kit.TestActor.ExpectMsg(0);
        var crash = kit.Sys.Crashes.ShouldHaveSingleItem();
        crash.Actor.ShouldBe("/user/parent/child");
        crash.ExceptionType.ShouldBe(nameof(InvalidOperationException));
        crash.Directive.ShouldBe(Directive.Restart);
    }

    [Fact]
    public void Resume_ChildThrows_StateIsKept()
    {
        var kit = new ActorTestKit();
        var parent = kit.ActorOf(Props.Create(() => new Parent(Directive.Resume)), "parent");
        kit.TestActor.Send(parent, "inc");
        kit.TestActor.Send(parent, "boom");
        kit.TestActor.Send(parent, "get");

        kit.TestActor.ExpectMsg(1);
        kit.Sys.Crashes.ShouldHaveSingleItem().Directive.ShouldBe(Directive.Resume);
    }

    [Fact]
    public void Stop_ChildThrows_ChildIsGoneAndLaterMessagesAreDeadLetters()
    {
        var kit = new ActorTestKit();
        var parent = kit.ActorOf(Props.Create(() => new Parent(Directive.Stop)), "parent");
        kit.TestActor.Send(parent, "boom");
        kit.TestActor.ExpectNoMsg();

        kit.Sys.Lookup("/user/parent/child").ShouldBe(ActorRefs.Nobody);
        kit.TestActor.Send(parent, "get");
        kit.TestActor.ExpectNoMsg();
        kit.Sys.DeadLetterCount.ShouldBe(1);
    }

    [Fact]
    public void Escalate_ChildThrows_ParentIsRestartedByItsSupervisor()
    {
        // Given: the parent escalates; the guardian's default strategy restarts the parent, which re-creates its child.
        var kit = new ActorTestKit();
        var parent = kit.ActorOf(Props.Create(() => new Parent(Directive.Escalate)), "parent");
        kit.TestActor.Send(parent, "inc");
        kit.TestActor.Send(parent, "boom");
        kit.TestActor.ExpectNoMsg();

        // When
        kit.TestActor.Send(parent, "get");

        // Then
        kit.TestActor.ExpectMsg(0);
        kit.Sys.Crashes.Select(c => (c.Actor, c.Directive)).ShouldBe([("/user/parent/child", Directive.Escalate), ("/user/parent", Directive.Restart)]);
    }

    [Fact]
    public void Escalate_GuardianEscalates_ReportedAsSystemFailureNotAProcessCrash()
    {
        // Given
        var sys = ActorSystem.Create("t", new ActorSystemSettings { GuardianStrategy = new OneForOneStrategy(_ => Directive.Escalate) });
        var counting = sys.ActorOf(Props.Create(() => new Counting()), "c");

        // When
        counting.Tell("boom");
        sys.Run();

        // Then
        sys.Violation!.Id.ShouldBe("actor-system-failure");
    }

    [Fact]
    public void Restart_LimitExceeded_ChildIsStopped()
    {
        var sys = ActorSystem.Create("t", new ActorSystemSettings { GuardianStrategy = new OneForOneStrategy(2, TimeSpan.Zero, _ => Directive.Restart) });
        var counting = sys.ActorOf(Props.Create(() => new Counting()), "c");
        for (var i = 0; i < 3; i++)
        {
            counting.Tell("boom");
        }

        sys.Run();

        sys.Crashes.Select(c => c.Directive).ShouldBe([Directive.Restart, Directive.Restart, Directive.Stop]);
        sys.TopLevelActors().ShouldBeEmpty();
    }

    [Fact]
    public void Init_ConstructorThrows_ActorIsStoppedAndCrashRecorded()
    {
        var sys = ActorSystem.Create("t");

        var broken = sys.ActorOf(Props.Create<Broken>(() => new Broken()), "broken");

        sys.Crashes.ShouldHaveSingleItem().Directive.ShouldBe(Directive.Stop);
        sys.Lookup("/user/broken").ShouldBe(ActorRefs.Nobody);
        broken.Tell("hello");
        sys.Run();
        sys.DeadLetterCount.ShouldBe(1);
    }

    private sealed class Broken : ReceiveActor
    {
        public Broken() => throw new InvalidOperationException("cannot build");
    }
}
