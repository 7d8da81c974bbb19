namespace IommuActors.Runtime.Tests.Fixtures;

/// <summary>Supervises one <see cref="Counting"/> child with a given directive and forwards strings to it.</summary>
internal sealed class Parent : ReceiveActor
{
    private readonly Directive _directive;
    private readonly IActorRef _child;

    public Parent(Directive directive)
    {
        _directive = directive;
        _child = Context.ActorOf(Props.Create(() => new Counting()), "child");
        Receive<string>(s => _child.Forward(s, Sender));
    }

    protected override SupervisorStrategy SupervisorStrategy() => new OneForOneStrategy(_ => _directive);
}

internal static class ForwardExtensions
{
    public static void Forward(this IActorRef target, object message, IActorRef sender) => target.Tell(message, sender);
}
