namespace IommuActors.Kernel.Model.State;

/// <summary>drivers/base/dd.c globals; the lists and trigger count are what deferred_probe_mutex protects.</summary>
internal sealed class DriverCoreState
{
    public List<KDevice> Pending { get; } = [];

    public List<KDevice> Active { get; } = [];

    public int TriggerCount { get; set; }

    /// <summary>Gets or sets driver_deferred_probe_enable (false until late_initcall).</summary>
    public bool Enabled { get; set; }

    public bool InitcallsDone { get; set; }

    /// <summary>Gets or sets a value indicating whether deferred_probe_timeout has expired (it is 0 after initcalls).</summary>
    public bool TimeoutExpired { get; set; }

    /// <summary>Gets or sets a value indicating whether deferred_probe_work is queued and not yet running.</summary>
    public bool WorkPending { get; set; }
}
