namespace IommuActors.Kernel.Model.State;

/// <summary>What one stream id of an emulated IOMMU is programmed with.</summary>
/// <param name="Mode">Blocked, bypass, or translating through <paramref name="Domain"/>.</param>
/// <param name="Domain">The domain whose page table translates, when translating (identity domains count as bypass).</param>
internal readonly record struct HwContext(HwMode Mode, KDomain? Domain)
{
    public static HwContext Blocked { get; } = new(HwMode.Blocked, null);

    public static HwContext Bypass { get; } = new(HwMode.Bypass, null);

    public static HwContext For(KDomain domain) => domain.Type switch
    {
        DomainType.Blocked => new(HwMode.Blocked, domain),
        DomainType.Identity or DomainType.Platform => new(HwMode.Bypass, domain),
        _ => new(HwMode.Translate, domain),
    };

    public override string ToString() => Mode switch
    {
        HwMode.Translate => $"translate via {Domain}",
        _ => Domain is null ? Mode.ToString().ToLowerInvariant() : $"{Mode.ToString().ToLowerInvariant()} ({Domain})",
    };
}

/// <summary>Stream modes of the emulated hardware.</summary>
internal enum HwMode
{
    Blocked,
    Bypass,
    Translate,
}
