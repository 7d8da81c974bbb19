namespace IommuActors.Kernel.Model.State;

/// <summary>Which DMA ops a device uses.</summary>
internal enum DmaOps
{
    /// <summary>dma-direct / platform DMA: no translation expected.</summary>
    Direct,

    /// <summary>iommu-dma (arm64, x86).</summary>
    IommuDma,

    /// <summary>arch/arm arm_iommu_* ops over an arm mapping.</summary>
    ArmIommu,
}
