namespace IommuActors.Runtime;

/// <summary>Well-known references, as in Akka.</summary>
public static class ActorRefs
{
    /// <summary>Gets the reference that stands for "no actor": messages sent to it are dropped as dead letters.</summary>
    public static IActorRef Nobody { get; } = new NobodyRef();

    /// <summary>Gets the "no sender" value to pass to <see cref="IActorRef.Tell"/>.</summary>
    public static IActorRef? NoSender => null;

    private sealed class NobodyRef : IActorRef
    {
        public ActorPath Path { get; } = ActorPath.Root.Child("deadLetters");

        public void Tell(object message, IActorRef? sender = null)
        {
        }

        public override string ToString() => "Nobody";
    }
}
