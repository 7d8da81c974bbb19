namespace IommuActors.Kernel.Profiles;

/// <summary>The modelled IOMMU drivers.</summary>
public static class IommuDriverProfiles
{
    /// <summary>Gets every profile.</summary>
    public static IReadOnlyList<IommuDriverProfile> All { get; } =
    [
        new()
        {
            Name = "apple-dart", Compatibles = ["apple,t8103-dart", "apple,t6000-dart", "apple,t8110-dart"],
            XlateAllocatesPriv = true, ProbeRequiresFwspec = false, ReleaseDomain = ReleaseDomainKind.Blocked,
        },
        new() { Name = "arm-smmu-v3", Compatibles = ["arm,smmu-v3"], ReleaseDomain = ReleaseDomainKind.Blocked },
        new() { Name = "arm-smmu", Compatibles = ["arm,mmu-500", "arm,smmu-v2"] },
        new()
        {
            Name = "rockchip-iommu", Compatibles = ["rockchip,iommu"], SupportsDmaDomain = false, HadDetachDev = true,
            PlatformDmaSwitch = Versions.KernelCatalog.Names.RockchipPlatformDma,
        },
        new()
        {
            Name = "exynos-sysmmu", Compatibles = ["samsung,exynos-sysmmu"], SupportsDmaDomain = false, HadDetachDev = true,
            PlatformDmaSwitch = Versions.KernelCatalog.Names.ExynosPlatformDma,
        },
        new()
        {
            Name = "mtk-iommu-v1", Compatibles = ["mediatek,mt2701-m4u"], SupportsDmaDomain = false, HadDetachDev = true,
            AttachLiesForForeignDomain = true, SharedMappingDomain = true,
        },
        new() { Name = "vtd", Compatibles = ["intel,vtd"], BusProbed = true },
        new() { Name = "generic", Compatibles = [] },
    ];

    /// <summary>Finds a profile by name.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The profile, or null.</returns>
    public static IommuDriverProfile? Find(string name) => All.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal));

    /// <summary>Finds the profile for a DT compatible string; unknown compatibles get null (callers treat them as generic).</summary>
    /// <param name="compatible">The compatible string.</param>
    /// <returns>The profile, or null.</returns>
    public static IommuDriverProfile? ForCompatible(string compatible) =>
        All.FirstOrDefault(p => p.Compatibles.Contains(compatible, StringComparer.Ordinal));
}
