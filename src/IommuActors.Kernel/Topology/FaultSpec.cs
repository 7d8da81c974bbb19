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

    /// <summary>The fault names, as scenarios (<c>faults { }</c>) and <c>stress --fault</c> write them; the first two and the last two take a count.</summary>
    public static IReadOnlyList<string> Names { get; } = ["defer-storm", "unbind-rebind", "vfio-churn", "probe-failures", "late-iommu-drivers"];

    /// <summary>Gets the largest count a fault takes.</summary>
    public const int MaxCount = 16;

    /// <summary>Tells whether fault <paramref name="name"/> takes a count (the others are on or off).</summary>
    /// <param name="name">A name from <see cref="Names"/>.</param>
    /// <returns>True for defer-storm, unbind-rebind and vfio-churn.</returns>
    public static bool TakesCount(string name) => name is "defer-storm" or "unbind-rebind" or "vfio-churn";

    /// <summary>Returns these faults with fault <paramref name="name"/> set to <paramref name="count"/> (0 turns it off; flags take 0 or 1).</summary>
    /// <param name="name">A name from <see cref="Names"/>.</param>
    /// <param name="count">The count, 0 to <see cref="MaxCount"/>.</param>
    /// <returns>The faults.</returns>
    /// <exception cref="ArgumentException">The name is unknown or the count out of range.</exception>
    public FaultSpec With(string name, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, TakesCount(name) ? MaxCount : 1);
        return name switch
        {
            "defer-storm" => this with { DeferStorm = count },
            "unbind-rebind" => this with { UnbindRebind = count },
            "vfio-churn" => this with { VfioChurn = count },
            "probe-failures" => this with { ProbeFailures = count > 0 },
            "late-iommu-drivers" => this with { LateIommuDrivers = count > 0 },
            _ => throw new ArgumentException($"unknown fault '{name}' (known: {string.Join(" | ", Names)})", nameof(name)),
        };
    }

    /// <summary>Gets whether a probe fault is enabled.</summary>
    public bool Any => ProbeFailures || DeferStorm > 0;
}
