using IommuActors.Kernel.Model.Threads;
using IommuActors.Kernel.Topology;

namespace IommuActors.Kernel.Model.State;

/// <summary>struct device, with the driver-core and IOMMU fields the model needs.</summary>
internal sealed class KDevice(string name, string bus, DeviceSpec? spec)
{
    public string Name { get; } = name;

    public string Bus { get; } = bus;

    /// <summary>Gets the client spec (null for an IOMMU's own platform device).</summary>
    public DeviceSpec? Spec { get; } = spec;

    public KMutex Lock { get; } = new($"device_lock({name})");

    public List<IommuRef> IommuRefs { get; } = [];

    /// <summary>Gets the <see cref="IommuRefs"/> resolved to instances (filled once the machine is built).</summary>
    public List<(KIommu Iommu, int Stream)> IommuTargets { get; } = [];

    /// <summary>Gets the supplier devices (fw_devlink links) that must be bound before this one probes.</summary>
    public List<string> Suppliers { get; } = [];

    public bool Registered { get; set; }

    public bool Dead { get; set; }

    public KDriver? Driver { get; set; }

    public bool Bound { get; set; }

    public DmaOps DmaOps { get; set; }

    public KDevIommu? Iommu { get; set; }

    public KGroup? Group { get; set; }

    /// <summary>Gets or sets the arm32 dma_iommu_mapping's domain (archdata.mapping).</summary>
    public KDomain? ArmMapping { get; set; }

    /// <summary>Gets or sets why the last probe deferred or failed (dmesg).</summary>
    public string? ProbeReason { get; set; }

    /// <summary>Gets or sets a value indicating whether the device gave up with a logged error (not deferred).</summary>
    public bool Failed { get; set; }

    /// <summary>Gets or sets a value indicating whether of_iommu_configure failed with -EINVAL for it (C2 bug a).</summary>
    public bool IommuConfigEinval { get; set; }

    /// <summary>Gets or sets the 2016 arm64 notifier's queued (ops) entry for it.</summary>
    public bool Arm64QueuedAttach { get; set; }

    /// <summary>Gets or sets a private "fake default" DMA domain the 2016 arm64 notifier attached.</summary>
    public KDomain? FakeDefault { get; set; }

    public int Attempts { get; set; }

    /// <summary>Gets or sets how many times a driver's probe() itself ran (scripts count these).</summary>
    public int ProbeCalls { get; set; }

    /// <summary>Gets or sets how many -EPROBE_DEFER returns fault injection gave this device.</summary>
    public int InjectedDefers { get; set; }

    /// <summary>Gets or sets whether fault injection failed a probe of this device.</summary>
    public bool InjectedFailure { get; set; }

    /// <summary>Gets or sets a value indicating whether user space set driver_override to vfio-platform.</summary>
    public bool VfioOverride { get; set; }

    public override string ToString() => Name;
}
