namespace IommuActors.Kernel.Model.State;

/// <summary>An iommu_domain. Paging domains own a page table; a freed domain must never translate DMA again.</summary>
internal sealed class KDomain(int id, DomainType type, string owner, Profiles.IommuDriverProfile? driver)
{
    public int Id { get; } = id;

    public DomainType Type { get; } = type;

    /// <summary>Gets who allocated it: <c>default</c>, <c>arm-mapping</c>, <c>drm</c>, <c>vfio</c>, <c>fake-default</c>, <c>static</c>.</summary>
    public string Owner { get; } = owner;

    /// <summary>Gets the driver that allocated it (attaching it to another driver's device is -EINVAL from v6.2).</summary>
    public Profiles.IommuDriverProfile? Driver { get; } = driver;

    public bool Freed { get; set; }

    public override string ToString() => $"{Type.ToString().ToUpperInvariant()} domain #{Id} ({Owner}){(Freed ? " [freed]" : string.Empty)}";
}

/// <summary>iommu_domain types.</summary>
internal enum DomainType
{
    Blocked,
    Identity,
    Unmanaged,
    Dma,
    Platform,
}
