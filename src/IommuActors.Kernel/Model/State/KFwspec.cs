namespace IommuActors.Kernel.Model.State;

/// <summary>struct iommu_fwspec: the ops (until v6.11) and the node of the FIRST IOMMU only, plus the ids.</summary>
internal sealed class KFwspec(Profiles.IommuDriverProfile? ops, KIommu firstNode)
{
    public Profiles.IommuDriverProfile? Ops { get; set; } = ops;

    public KIommu FirstNode { get; } = firstNode;

    public List<int> Ids { get; } = [];
}
