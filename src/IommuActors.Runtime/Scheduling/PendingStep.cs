namespace IommuActors.Runtime.Scheduling;

/// <summary>
/// One enabled step a strategy may pick: the head of a channel or a due timer. It says which actor it would touch
/// (<see cref="ReceiverId"/>) so that partial-order strategies can tell dependent steps apart.
/// </summary>
public abstract class PendingStep
{
    private protected PendingStep()
    {
    }

    /// <summary>Gets the step kind (<see cref="StepKind.Deliver"/> or <see cref="StepKind.Timer"/>).</summary>
    public abstract StepKind Kind { get; }

    /// <summary>Gets a dense id of the receiving actor, unique within the run.</summary>
    public abstract int ReceiverId { get; }

    /// <summary>Gets the receiver's path text.</summary>
    public abstract string ReceiverPath { get; }

    /// <summary>Gets the sender's path text (<c>timer:KEY</c> for timers, <c>env:NAME</c> for environment events).</summary>
    public abstract string SenderPath { get; }

    /// <summary>Gets the per-channel sequence number of the message this step would deliver (0-based).</summary>
    public abstract int Sequence { get; }

    /// <summary>Gets the index of the step during which the message was sent (-1: sent by set-up code or the environment). Happens-before for partial-order reduction.</summary>
    public virtual int SentAt => -1;

    /// <summary>Gets the message this step would deliver.</summary>
    public abstract object Message { get; }

    /// <summary>Gets the short type name of <see cref="Message"/>, as schedules record it.</summary>
    public string MessageType => TypeNames.Of(Message.GetType());

    /// <summary>Tells whether this pending step matches a recorded step by meaning.</summary>
    /// <param name="step">The recorded step.</param>
    /// <returns>True when kind, receiver, sender, sequence number and message type agree.</returns>
    public bool Matches(ScheduleStep step) =>
        step.Kind == Kind && step.Sequence == Sequence && string.Equals(step.Receiver, ReceiverPath, StringComparison.Ordinal)
        && string.Equals(step.Sender, SenderPath, StringComparison.Ordinal)
        && string.Equals(step.MessageType, MessageType, StringComparison.Ordinal);

    /// <summary>Describes the step in schedule syntax.</summary>
    /// <returns>The text.</returns>
    public ScheduleStep Describe() => new(Kind, ReceiverPath, SenderPath, Sequence, MessageType, 0);

    /// <inheritdoc/>
    public override string ToString() => Describe().ToString();

    internal int EnabledIndex { get; set; } = -1;
}
