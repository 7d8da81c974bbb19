namespace IommuActors.Kernel.Topology;

/// <summary>When the PCI host bridge enumerates its devices relative to the IOMMU drivers' registration.</summary>
public enum PciOrder
{
    /// <summary>Either order; the explorer chooses (a recorded choice).</summary>
    Either,

    /// <summary>ACPI boots: the host bridge (acpi_pci_root, subsys_initcall) enumerates before the SMMU driver registers.</summary>
    BeforeIommus,

    /// <summary>Device-tree boots: the generic host bridge probes after the SMMU it points at with iommu-map.</summary>
    AfterIommus,
}
