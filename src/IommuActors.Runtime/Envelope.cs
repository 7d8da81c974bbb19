namespace IommuActors.Runtime;

/// <summary>A message together with the sender its receiver will see.</summary>
/// <param name="Message">The message.</param>
/// <param name="Sender">The sender reference (never null; <see cref="ActorRefs.Nobody"/> when there is none).</param>
public readonly record struct Envelope(object Message, IActorRef Sender);
