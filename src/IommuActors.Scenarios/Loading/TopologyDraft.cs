using IommuActors.Kernel.Topology;

namespace IommuActors.Scenarios.Loading;

/// <summary>What a scenario's topology keys say, before cross-references are checked.</summary>
/// <param name="Iommus">The IOMMU instances.</param>
/// <param name="Devices">The client devices.</param>
/// <param name="Drivers">The client drivers.</param>
/// <param name="Actions">The user actions, each with its located target.</param>
internal sealed record TopologyDraft(
    IReadOnlyList<IommuDraft> Iommus,
    IReadOnlyList<DeviceDraft> Devices,
    IReadOnlyList<Named<DriverSpec>> Drivers,
    IReadOnlyList<Named<UserActionSpec>> Actions);
