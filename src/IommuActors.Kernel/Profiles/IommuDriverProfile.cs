namespace IommuActors.Kernel.Profiles;

/// <summary>
/// An IOMMU driver as capability flags (kernel-model.md §A "IOMMU driver ops"). Era-dependent behaviour (detach_dev,
/// set_platform_dma_ops, static domains, release_domain) is decided by the kernel config together with these flags.
/// </summary>
public sealed record IommuDriverProfile
{
    /// <summary>Gets the profile name, e.g. <c>apple-dart</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the DT compatible strings that select this driver.</summary>
    public IReadOnlyList<string> Compatibles { get; init; } = [];

    /// <summary>Gets a value indicating whether <c>of_xlate</c> also allocates driver-private per-device state (<c>dev_iommu_priv_set</c>), as apple_dart_of_xlate does.</summary>
    public bool XlateAllocatesPriv { get; init; }

    /// <summary>Gets a value indicating whether <c>probe_device</c> checks the fwspec (true) or only its private state (apple-dart before the Asahi fix).</summary>
    public bool ProbeRequiresFwspec { get; init; } = true;

    /// <summary>Gets a value indicating whether <c>domain_alloc</c> offers a DMA domain (rockchip/exynos on arm32 cannot get a DMA cookie).</summary>
    public bool SupportsDmaDomain { get; init; } = true;

    /// <summary>Gets a value indicating whether the driver had <c>detach_dev</c> before 1b932ceddd19 removed it.</summary>
    public bool HadDetachDev { get; init; }

    /// <summary>Gets the switch that gives the driver its <c>set_platform_dma_ops</c> in v6.3–v6.6, or null if it never needed one.</summary>
    public string? PlatformDmaSwitch { get; init; }

    /// <summary>Gets a value indicating whether <c>attach_dev</c> returns 0 for a domain it does not attach (mtk_iommu_v1).</summary>
    public bool AttachLiesForForeignDomain { get; init; }

    /// <summary>Gets the static release domain from v6.9 (release_domain), if the driver has one.</summary>
    public ReleaseDomainKind ReleaseDomain { get; init; }

    /// <summary>Gets a value indicating whether the driver is for PCI devices found by the bus walk without a fwspec (VT-d-like).</summary>
    public bool BusProbed { get; init; }

    /// <summary>Gets a value indicating whether all masters share one driver-created mapping domain (mtk_iommu_v1).</summary>
    public bool SharedMappingDomain { get; init; }
}
