namespace IommuActors.Kernel.Topology;

/// <summary>
/// Faults the explorer may inject into client probes, each a recorded data choice (so a schedule that hits one
/// replays it): at most one probe failure (-EIO) per device, and up to <see cref="DeferStorm"/> extra -EPROBE_DEFER
/// returns per device while the boot-time initcalls run (the late_initcall trigger retries them, as in the kernel);
/// IOMMU drivers that load late; unbind/rebind and VFIO attach/detach churn from user space.
/// </summary>
public sealed record FaultSpec
{
    /// <summary>Gets no faults.</summary>
    public static FaultSpec None { get; } = new();

    /// <summary>Gets a value indicating whether a client probe may fail once with -EIO.</summary>
    public bool ProbeFailures { get; init; }

    /// <summary>Gets how many extra -EPROBE_DEFER returns a client probe may give during boot.</summary>
    public int DeferStorm { get; init; }

    /// <summary>Gets a value indicating whether each IOMMU driver may be left out of the initcalls and loaded by udev after boot, as a module.</summary>
    public bool LateIommuDrivers { get; init; }

    /// <summary>Gets how many times user space unbinds a bound client of the explorer's choosing and binds it again.</summary>
    public int UnbindRebind { get; init; }

    /// <summary>Gets how many VFIO attach/detach cycles user space runs on a VFIO-bound device of the explorer's choosing.</summary>
    public int VfioChurn { get; init; }

    /// <summary>Gets whether a probe fault is enabled.</summary>
    public bool Any => ProbeFailures || DeferStorm > 0;
}
