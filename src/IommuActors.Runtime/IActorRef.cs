namespace IommuActors.Runtime;

/// <summary>An immutable handle to an actor, as in Akka: the only way to talk to it is to send it a message.</summary>
public interface IActorRef
{
    /// <summary>Gets the actor's hierarchical path, e.g. <c>/user/iommu/dart1</c>.</summary>
    ActorPath Path { get; }

    /// <summary>
    /// Sends <paramref name="message"/> to this actor. Messages from one sender to one receiver arrive in send
    /// order; nothing else is ordered.
    /// </summary>
    /// <param name="message">The message; records are recommended.</param>
    /// <param name="sender">What the receiver sees as <c>Sender</c>; <see langword="null"/> means no sender.</param>
    void Tell(object message, IActorRef? sender = null);
}
