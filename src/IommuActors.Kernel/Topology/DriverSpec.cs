using System.Collections.Immutable;

namespace IommuActors.Kernel.Topology;

/// <summary>A client driver with a scripted probe.</summary>
/// <param name="Name">The driver name (devices name it in <c>driver</c>).</param>
public sealed record DriverSpec(string Name)
{
    /// <summary>Gets what the driver is.</summary>
    /// <value>The default value is <see cref="DriverKind.Client"/>.</value>
    public DriverKind Kind { get; init; } = DriverKind.Client;

    /// <summary>Gets the outcome of each probe attempt per device; the last one repeats.</summary>
    /// <value>The default value is one successful probe.</value>
    public ImmutableArray<ProbeResult> Probe { get; init; } = [ProbeResult.Ok];

    /// <summary>Gets a value indicating whether the probe does DMA (through whatever the device is attached to).</summary>
    public bool DmaInProbe { get; init; }

    /// <summary>Gets a value indicating whether the driver prefers asynchronous probing (its probes run on an async thread).</summary>
    public bool Async { get; init; }

    /// <summary>Gets a value indicating whether the driver is a module loaded by user space (an environment event) rather than built in.</summary>
    public bool Module { get; init; }
}
