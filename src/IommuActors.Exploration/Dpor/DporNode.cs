namespace IommuActors.Exploration.Dpor;

/// <summary>A position in the current execution: its wakeup tree (branches still to explore), its sleep set, and the branch being explored.</summary>
internal sealed class DporNode(List<WakeupNode> wakeup, List<DporEvent> sleep)
{
    /// <summary>Gets the wakeup tree's first level: the branches to explore from here (the current one included).</summary>
    public List<WakeupNode> Wakeup { get; } = wakeup;

    /// <summary>Gets the sleep set: events whose exploration from here would be redundant.</summary>
    public List<DporEvent> Sleep { get; } = sleep;

    public WakeupNode? Current { get; set; }

    public bool InSleep(string id) => Sleep.Exists(s => s.Id == id);

    /// <summary>Tells whether the default-choice event of <paramref name="step"/> sleeps here.</summary>
    public bool InSleep(Runtime.Scheduling.PendingStep step) => Sleep.Exists(s => s.IsStep(step) && s.Id == s.BaseId);
}
