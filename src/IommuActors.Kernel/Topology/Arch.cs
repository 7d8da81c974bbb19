namespace IommuActors.Kernel.Topology;

/// <summary>The architecture, as far as DMA mapping is concerned.</summary>
public enum Arch
{
    /// <summary>arm64: iommu-dma (CONFIG_IOMMU_DMA=y).</summary>
    Arm64,

    /// <summary>32-bit ARM: arch/arm/mm/dma-mapping.c arm_iommu_* mappings, CONFIG_IOMMU_DMA=n.</summary>
    Arm32,

    /// <summary>x86: iommu-dma, PCI devices probed by the bus walk.</summary>
    X86,
}
