namespace IommuActors.Runtime;

/// <summary>Delivered to a watcher when an actor it watches has stopped.</summary>
/// <param name="ActorRef">The actor that stopped.</param>
public sealed record Terminated(IActorRef ActorRef);
