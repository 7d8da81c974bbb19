using IommuActors.Kernel.Topology;
using IommuActors.Scenarios.Parsing;

namespace IommuActors.Scenarios.Loading;

/// <summary>A parsed device with the located names it refers to, for cross-checks.</summary>
/// <param name="Spec">The device.</param>
/// <param name="Name">Its located name.</param>
/// <param name="Driver">Its located driver name, if any.</param>
/// <param name="Iommus">Its located <c>iommus</c> references (the IOMMU name of each).</param>
/// <param name="Components">Its located component names.</param>
/// <param name="Suppliers">Its located supplier names.</param>
internal sealed record DeviceDraft(
    DeviceSpec Spec, Located Name, Located? Driver, IReadOnlyList<Located> Iommus, IReadOnlyList<Located> Components, IReadOnlyList<Located> Suppliers);
