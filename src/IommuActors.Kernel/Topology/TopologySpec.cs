using System.Collections.Immutable;

namespace IommuActors.Kernel.Topology;

/// <summary>A machine to boot: its IOMMUs, devices, drivers and what user space does.</summary>
public sealed record TopologySpec
{
    /// <summary>Gets the topology name.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the architecture (arm32 means CONFIG_ARM_DMA_USE_IOMMU=y and CONFIG_IOMMU_DMA=n).</summary>
    /// <value>The default value is <see cref="Arch.Arm64"/>.</value>
    public Arch Arch { get; init; } = Arch.Arm64;

    /// <summary>Gets when PCI devices are enumerated relative to the IOMMU drivers (ACPI and DT boots differ).</summary>
    public PciOrder PciOrder { get; init; } = PciOrder.Either;

    /// <summary>Gets the faults the explorer may inject (recorded choices).</summary>
    public FaultSpec Faults { get; init; } = FaultSpec.None;

    /// <summary>Gets the IOMMU instances (each is also a platform device probed by its driver).</summary>
    public ImmutableArray<IommuSpec> Iommus { get; init; } = [];

    /// <summary>Gets the client devices.</summary>
    public ImmutableArray<DeviceSpec> Devices { get; init; } = [];

    /// <summary>Gets the client drivers.</summary>
    public ImmutableArray<DriverSpec> Drivers { get; init; } = [];

    /// <summary>Gets the user-space actions, each an environment event the explorer places anywhere after boot starts.</summary>
    public ImmutableArray<UserActionSpec> UserActions { get; init; } = [];
}
