namespace IommuActors.Runtime.Scheduling;

/// <summary>A delivery that touched shared emulated state in a real-thread run: the actor and the index of the delivery in its receive log.</summary>
/// <param name="ActorPath">The receiving actor.</param>
/// <param name="LogIndex">The index of the delivery's entry in that actor's receive log.</param>
public sealed record SharedAccess(string ActorPath, int LogIndex);
