namespace IommuActors.Exploration.Dpor;

/// <summary>A node of a wakeup tree: an event to run, and what to run after it.</summary>
internal sealed class WakeupNode(DporEvent ev)
{
    /// <summary>Gets or sets the event; once it has run, the executed event (with what it touched) replaces the plan.</summary>
    public DporEvent Event { get; set; } = ev;

    public List<WakeupNode> Children { get; } = [];
}
