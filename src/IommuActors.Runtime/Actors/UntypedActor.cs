namespace IommuActors.Runtime;

/// <summary>An actor with one untyped handler, like Akka's <c>UntypedActor</c>.</summary>
public abstract class UntypedActor : ActorBase
{
    /// <summary>Handles a message. Call <see cref="ActorBase.Unhandled"/> (via <c>Unhandled(message)</c>) for ones you do not handle.</summary>
    /// <param name="message">The message.</param>
    protected abstract void OnReceive(object message);

    /// <inheritdoc/>
    protected sealed override bool Receive(object message)
    {
        OnReceive(message);
        return true;
    }
}
