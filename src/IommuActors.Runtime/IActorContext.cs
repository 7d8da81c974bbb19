namespace IommuActors.Runtime;

/// <summary>What an actor can do besides handling its message (Akka's <c>IActorContext</c>).</summary>
public interface IActorContext
{
    /// <summary>Gets the actor's own reference.</summary>
    IActorRef Self { get; }

    /// <summary>Gets the sender of the current message, or <see cref="ActorRefs.Nobody"/>.</summary>
    IActorRef Sender { get; }

    /// <summary>Gets the parent (the guardian for top-level actors).</summary>
    IActorRef Parent { get; }

    /// <summary>Gets the actor system.</summary>
    ActorSystem System { get; }

    /// <summary>Creates a child actor; its <c>PreStart</c> runs before this call returns.</summary>
    /// <param name="props">The recipe.</param>
    /// <param name="name">A unique child name, or null for a generated one (<c>$a</c>, <c>$b</c>, ...).</param>
    /// <returns>The child's reference.</returns>
    IActorRef ActorOf(Props props, string? name = null);

    /// <summary>Lists the live children in creation order.</summary>
    /// <returns>The children.</returns>
    IReadOnlyList<IActorRef> GetChildren();

    /// <summary>Finds a live child by name.</summary>
    /// <param name="name">The child name.</param>
    /// <returns>The child, or <see cref="ActorRefs.Nobody"/>.</returns>
    IActorRef Child(string name);

    /// <summary>Stops an actor (this one or a child): its children first, then <c>PostStop</c>; watchers get <see cref="Terminated"/>.</summary>
    /// <param name="actor">The actor to stop.</param>
    void Stop(IActorRef actor);

    /// <summary>Watches <paramref name="subject"/>: a <see cref="Terminated"/> arrives when it stops (at once if it already has).</summary>
    /// <param name="subject">The actor to watch.</param>
    /// <returns>The subject.</returns>
    IActorRef Watch(IActorRef subject);

    /// <summary>Stops watching <paramref name="subject"/>.</summary>
    /// <param name="subject">The watched actor.</param>
    /// <returns>The subject.</returns>
    IActorRef Unwatch(IActorRef subject);

    /// <summary>Replaces the current behaviour.</summary>
    /// <param name="receive">The new behaviour; returns false for unhandled messages.</param>
    void Become(Func<object, bool> receive);

    /// <summary>Pushes a behaviour on the behaviour stack.</summary>
    /// <param name="receive">The new behaviour.</param>
    void BecomeStacked(Func<object, bool> receive);

    /// <summary>Pops the top behaviour (the initial one is never popped).</summary>
    void UnbecomeStacked();

    /// <summary>A recorded data choice in [0, <paramref name="maxExclusive"/>): the strategy picks, the schedule keeps the value.</summary>
    /// <param name="maxExclusive">The number of options.</param>
    /// <returns>The chosen value.</returns>
    int ChooseInt(int maxExclusive);

    /// <summary>A recorded boolean choice.</summary>
    /// <returns>The chosen value.</returns>
    bool ChooseBool();

    /// <summary>Reports a safety violation; the run stops after the current step.</summary>
    /// <param name="id">A stable violation id, e.g. <c>lost-update</c>.</param>
    /// <param name="message">What went wrong.</param>
    void ReportViolation(string id, string message);
}
