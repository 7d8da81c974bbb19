namespace IommuActors.Kernel.Model.State;

/// <summary>struct dev_iommu. <see cref="Priv"/> is driver-private (apple-dart keeps its cfg here) and survives dev_iommu_free's fwspec free.</summary>
internal sealed class KDevIommu
{
    public KFwspec? Fwspec { get; set; }

    /// <summary>Gets or sets the apple-dart cfg: (instance, stream) pairs xlated so far.</summary>
    public List<(KIommu Iommu, int Stream)>? Priv { get; set; }

    public KIommu? IommuDev { get; set; }

    public bool AttachDeferred { get; set; }

    public bool RequireDirect { get; set; }
}
