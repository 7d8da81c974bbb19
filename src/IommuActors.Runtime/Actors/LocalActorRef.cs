namespace IommuActors.Runtime;

/// <summary>The reference to an actor of this process.</summary>
internal sealed class LocalActorRef(ActorCell cell) : IActorRef
{
    public ActorCell Cell { get; } = cell;

    public ActorPath Path => Cell.Path;

    public void Tell(object message, IActorRef? sender = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        Cell.System.Tell(Cell, message, sender);
    }

    public override string ToString() => Cell.PathText;
}
