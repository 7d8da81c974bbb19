namespace IommuActors.Kernel.Topology;

/// <summary>One entry of a device's DT <c>iommus</c> list: the IOMMU node and its argument (the stream id).</summary>
/// <param name="Iommu">The IOMMU instance name.</param>
/// <param name="StreamId">The stream id.</param>
public sealed record IommuRef(string Iommu, int StreamId);
