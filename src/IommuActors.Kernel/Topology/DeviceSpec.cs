using System.Collections.Immutable;

namespace IommuActors.Kernel.Topology;

/// <summary>A client device.</summary>
/// <param name="Name">Its name, e.g. <c>display-subsystem</c>.</param>
public sealed record DeviceSpec(string Name)
{
    /// <summary>Gets the bus: <c>platform</c> or <c>pci</c>.</summary>
    /// <value>The default value is <c>platform</c>.</value>
    public string Bus { get; init; } = "platform";

    /// <summary>Gets the name of the driver that matches it, or null.</summary>
    public string? Driver { get; init; }

    /// <summary>Gets the DT <c>iommus</c> list, in order.</summary>
    public ImmutableArray<IommuRef> Iommus { get; init; } = [];

    /// <summary>Gets a value indicating whether firmware needs 1:1 (IOMMU_RESV_DIRECT, RMR/RMRR) regions, i.e. <c>require_direct</c>.</summary>
    public bool RequireDirect { get; init; }

    /// <summary>Gets a value indicating whether the device's firmware keeps doing DMA to its direct region whatever the driver does.</summary>
    public bool FirmwareDma { get; init; }

    /// <summary>Gets the component devices this device's driver binds as a DRM/component master.</summary>
    public ImmutableArray<string> Components { get; init; } = [];

    /// <summary>Gets the devices this device depends on besides its IOMMUs: fw_devlink supplier links.</summary>
    public ImmutableArray<string> Suppliers { get; init; } = [];

    /// <summary>Gets a value indicating whether the device is <c>status = "disabled"</c> (never created).</summary>
    public bool Disabled { get; init; }
}
