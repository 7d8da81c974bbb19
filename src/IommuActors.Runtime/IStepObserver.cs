namespace IommuActors.Runtime;

/// <summary>
/// Watches a system's actors and deliveries, e.g. to measure coverage. Opt-in through
/// <see cref="ActorSystem.StepObserver"/>; with no observer set the runtime pays one null check per delivery.
/// Under the concurrent dispatcher the calls come from worker threads, so an observer used there must be thread-safe.
/// </summary>
public interface IStepObserver
{
    /// <summary>Called when an actor instance was created (at start and after each restart), before <c>PreStart</c>.</summary>
    /// <param name="actorPath">The actor's path.</param>
    /// <param name="actorType">The schedule name of the actor's type (see <see cref="Scheduling.TypeNames"/>).</param>
    /// <param name="behaviorState">The behaviour state: the behaviour stack depth, then <c>:NAME</c> when the actor names its state.</param>
    /// <param name="handledMessageTypes">The message types the initial behaviour registers handlers for (typed <see cref="ReceiveActor"/> handlers; empty otherwise).</param>
    void OnActorStarted(string actorPath, string actorType, string behaviorState, IReadOnlyList<string> handledMessageTypes);

    /// <summary>Called when a message is about to be handled by an actor (deliveries, timers and unstashed messages).</summary>
    /// <param name="actorPath">The receiving actor's path.</param>
    /// <param name="actorType">The schedule name of the actor's type.</param>
    /// <param name="behaviorState">The behaviour state before the message is handled (as in <see cref="OnActorStarted"/>).</param>
    /// <param name="message">The message.</param>
    void OnDelivered(string actorPath, string actorType, string behaviorState, object message);
}
