namespace IommuActors.Exploration.Coverage;

/// <summary>An event as racing pairs name it: a channel and the type of the message it carries.</summary>
/// <param name="Receiver">The receiver path.</param>
/// <param name="Sender">The sender path (<c>timer:KEY</c>, <c>env:NAME</c>).</param>
/// <param name="MessageType">The message type name.</param>
internal readonly record struct EventLabel(string Receiver, string Sender, string MessageType)
{
    public override string ToString() => $"{Receiver} <- {Sender} {MessageType}";
}
