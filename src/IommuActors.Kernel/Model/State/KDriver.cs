using IommuActors.Kernel.Profiles;
using IommuActors.Kernel.Topology;

namespace IommuActors.Kernel.Model.State;

/// <summary>A driver: a client driver from the topology, or an IOMMU driver (profile) that probes IOMMU instances.</summary>
internal sealed class KDriver(string name, DriverSpec? client, IommuDriverProfile? iommuDriver)
{
    public string Name { get; } = name;

    public DriverSpec? Client { get; } = client;

    public IommuDriverProfile? IommuDriver { get; } = iommuDriver;

    public bool Registered { get; set; }

    /// <summary>Gets a value indicating whether the driver manages DMA itself (driver_managed_dma, VFIO).</summary>
    public bool ManagesDma => Client?.Kind == DriverKind.Vfio;

    public bool Async => Client?.Async ?? false;

    public override string ToString() => Name;
}
