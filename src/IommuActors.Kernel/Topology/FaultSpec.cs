namespace IommuActors.Kernel.Topology;

/// <summary>
/// Faults the explorer may inject into client probes, each a recorded data choice (so a schedule that hits one
/// replays it): at most one probe failure (-EIO) per device, and up to <see cref="DeferStorm"/> extra -EPROBE_DEFER
/// returns per device while the boot-time initcalls run (the late_initcall trigger retries them, as in the kernel).
/// </summary>
public sealed record FaultSpec
{
    /// <summary>Gets no faults.</summary>
    public static FaultSpec None { get; } = new();

    /// <summary>Gets a value indicating whether a client probe may fail once with -EIO.</summary>
    public bool ProbeFailures { get; init; }

    /// <summary>Gets how many extra -EPROBE_DEFER returns a client probe may give during boot.</summary>
    public int DeferStorm { get; init; }

    /// <summary>Gets whether any fault is enabled.</summary>
    public bool Any => ProbeFailures || DeferStorm > 0;
}
