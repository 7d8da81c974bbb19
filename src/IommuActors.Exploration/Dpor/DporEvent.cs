namespace IommuActors.Exploration.Dpor;

/// <summary>
/// One event of an execution as DPOR sees it: a delivery identified by meaning (so it is the same event in every
/// re-execution), what it touches (its receiver, shared resources), which event sent its message, and the data
/// choices its handler made (different choices make different events).
/// </summary>
internal sealed class DporEvent(string baseId, string receiver, string sender, int sequence, bool timer)
{
    private string? _id;

    public string BaseId { get; } = baseId;

    public string Receiver { get; } = receiver;

    public string Sender { get; } = sender;

    public int Sequence { get; } = sequence;

    public bool Timer { get; } = timer;

    /// <summary>Gets or sets the index (in the same execution) of the event that sent this message, or -1.</summary>
    public int SentBy { get; set; } = -1;

    /// <summary>Gets or sets the index of the previous delivery on the same channel, or -1: FIFO makes it a predecessor.</summary>
    public int ChannelPrevious { get; set; } = -1;

    /// <summary>Tells whether event <paramref name="index"/> must precede this one in every execution (it sent the message, or delivered the one before it on the channel).</summary>
    public bool Requires(int index) => SentBy == index || ChannelPrevious == index;

    public List<string> Shared { get; } = [];

    public List<(int Value, int Arity)> Choices { get; } = [];

    /// <summary>Gets the full identity: the base id plus any non-default data choices.</summary>
    public string Id => _id ??= Choices.Exists(c => c.Value != 0) ? BaseId + "/" + string.Join(",", Choices.Select(c => c.Value)) : BaseId;

    /// <summary>Tells whether <paramref name="step"/> is this event's delivery (compared field by field, no strings built).</summary>
    public bool IsStep(Runtime.Scheduling.PendingStep step) =>
        step.Sequence == Sequence && (step.Kind == Runtime.Scheduling.StepKind.Timer) == Timer
        && string.Equals(step.ReceiverPath, Receiver, StringComparison.Ordinal) && string.Equals(step.SenderPath, Sender, StringComparison.Ordinal);

    /// <summary>Two events are dependent when they deliver to the same actor or touch a common shared resource.</summary>
    public bool DependsOn(DporEvent other)
    {
        if (Receiver == other.Receiver || Receiver == "*" || other.Receiver == "*")
        {
            return true;
        }

        foreach (var resource in Shared)
        {
            if (other.Shared.Contains(resource))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A copy that will replay the first <paramref name="choices"/> data choices (the rest default to 0).</summary>
    public DporEvent WithChoices(IEnumerable<(int Value, int Arity)> choices)
    {
        var copy = new DporEvent(BaseId, Receiver, Sender, Sequence, Timer) { SentBy = SentBy };
        copy.Shared.AddRange(Shared);
        copy.Choices.AddRange(choices);
        return copy;
    }

    /// <summary>The event for an enabled step (default data choices).</summary>
    public static DporEvent For(Runtime.Scheduling.PendingStep step)
    {
        var timer = step.Kind == Runtime.Scheduling.StepKind.Timer;
        var baseId = $"{(timer ? "timer" : "deliver")}|{step.ReceiverPath}|{step.SenderPath}|{step.Sequence}";
        return new DporEvent(baseId, step.ReceiverPath, step.SenderPath, step.Sequence, timer);
    }

    public override string ToString() => Id;
}
