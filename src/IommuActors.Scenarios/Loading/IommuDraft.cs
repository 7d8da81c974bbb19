using IommuActors.Kernel.Topology;
using IommuActors.Scenarios.Parsing;

namespace IommuActors.Scenarios.Loading;

/// <summary>A parsed IOMMU instance with the located names it refers to, for cross-checks.</summary>
/// <param name="Spec">The instance.</param>
/// <param name="Name">Its located name.</param>
/// <param name="Suppliers">Its located supplier names.</param>
internal sealed record IommuDraft(IommuSpec Spec, Located Name, IReadOnlyList<Located> Suppliers);
