using System.Collections.Immutable;

namespace IommuActors.Kernel.Topology.Generators;

/// <summary>Parameters of a seeded topology generator (read from a scenario's <c>generator { … }</c> block).</summary>
public abstract record GeneratorSpec
{
    /// <summary>Gets the seed of the generator's own choices (which IOMMUs sit behind late power domains, bus placement).</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>Gets the generator's name as written in scenarios.</summary>
    public abstract string Kind { get; }
}

/// <summary>
/// An Apple M-series-like SoC: the display subsystem ganged on <see cref="DisplayDarts"/> DARTs (all but the first
/// behind the ps-dispext power domain, a module), USB controllers and the ISP behind two DARTs each (the second
/// behind a module power domain with probability <see cref="LatePercent"/>%), and single-DART extra devices.
/// </summary>
public sealed record AppleSocGenerator : GeneratorSpec
{
    /// <inheritdoc/>
    public override string Kind => "apple-soc";

    /// <summary>Gets the number of DARTs the display subsystem sits behind (at least 1).</summary>
    public int DisplayDarts { get; init; } = 2;

    /// <summary>Gets the number of USB (dwc3) controllers, each behind two DARTs.</summary>
    public int Usb { get; init; } = 2;

    /// <summary>Gets whether the ISP (behind two DARTs) is present.</summary>
    public bool Isp { get; init; } = true;

    /// <summary>Gets the number of extra built-in devices behind one DART each.</summary>
    public int ExtraDevices { get; init; }

    /// <summary>Gets the chance, in percent, that a USB or ISP second DART waits for a module power domain.</summary>
    public int LatePercent { get; init; } = 50;
}

/// <summary>SMMUv3 instances with PCIe root ports below them (stream id = requester id) and platform clients.</summary>
public sealed record SmmuPcieGenerator : GeneratorSpec
{
    /// <inheritdoc/>
    public override string Kind => "smmuv3-pcie";

    /// <summary>Gets the number of SMMUv3 instances.</summary>
    public int Smmus { get; init; } = 2;

    /// <summary>Gets the number of PCIe root ports (each behind one SMMU, round robin).</summary>
    public int RootPorts { get; init; } = 2;

    /// <summary>Gets the number of endpoints below each root port.</summary>
    public int DevicesPerPort { get; init; } = 2;

    /// <summary>Gets the number of platform devices spread over the SMMUs.</summary>
    public int PlatformDevices { get; init; } = 2;

    /// <summary>Gets the firmware ordering: ACPI (PCI first), DT (SMMU first) or either.</summary>
    public PciOrder Ordering { get; init; } = PciOrder.Either;
}

/// <summary>A 32-bit Rockchip or Exynos SoC: a DRM master with CRTC components, each behind its own IOMMU, plus other clients.</summary>
public sealed record Arm32DrmGenerator : GeneratorSpec
{
    /// <inheritdoc/>
    public override string Kind => "arm32-drm";

    /// <summary>Gets the SoC family: rockchip or exynos.</summary>
    public string Family { get; init; } = "rockchip";

    /// <summary>Gets the number of CRTC components (VOPs, FIMDs) of the DRM master.</summary>
    public int Crtcs { get; init; } = 2;

    /// <summary>Gets the number of other clients (VPU, ISP …), each behind its own IOMMU.</summary>
    public int OtherDevices { get; init; } = 2;
}

/// <summary>Several arm64 generators on one SoC; each part's names are prefixed with its index.</summary>
public sealed record MixGenerator : GeneratorSpec
{
    /// <inheritdoc/>
    public override string Kind => "mix";

    /// <summary>Gets the parts.</summary>
    public ImmutableArray<GeneratorSpec> Parts { get; init; } = [];
}
