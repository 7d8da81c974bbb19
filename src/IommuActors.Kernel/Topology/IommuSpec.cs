using System.Collections.Immutable;

namespace IommuActors.Kernel.Topology;

/// <summary>An IOMMU instance: a platform device whose driver (the profile) probes it and registers it.</summary>
/// <param name="Name">Its DT node name, e.g. <c>dart-disp0</c>.</param>
/// <param name="Profile">The IOMMU driver profile, e.g. <c>apple-dart</c> (see IommuDriverProfiles).</param>
public sealed record IommuSpec(string Name, string Profile)
{
    /// <summary>Gets the outcome of each probe attempt of the IOMMU driver on this instance; the last one repeats.</summary>
    /// <value>The default value is one successful probe.</value>
    public ImmutableArray<ProbeResult> Probe { get; init; } = [ProbeResult.Ok];

    /// <summary>Gets the devices this IOMMU depends on (power domains, clocks): fw_devlink supplier links.</summary>
    public ImmutableArray<string> Suppliers { get; init; } = [];
}
