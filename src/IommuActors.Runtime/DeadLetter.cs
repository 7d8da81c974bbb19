namespace IommuActors.Runtime;

/// <summary>A message that reached no live actor, or that no behaviour handled.</summary>
/// <param name="Step">The step index at the time.</param>
/// <param name="Recipient">The recipient's path.</param>
/// <param name="MessageType">The message type name.</param>
public sealed record DeadLetter(int Step, string Recipient, string MessageType);
