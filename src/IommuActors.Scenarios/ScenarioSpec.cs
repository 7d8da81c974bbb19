using System.Collections.Immutable;
using IommuActors.Kernel.Topology;

namespace IommuActors.Scenarios;

/// <summary>
/// One scenario file: a machine to boot (<see cref="Topology"/>), the kernels to boot it on (<see cref="Variants"/>)
/// with what each is expected to find, and optional exploration defaults. Built by <see cref="ScenarioLoader.Load"/>.
/// </summary>
public sealed record ScenarioSpec
{
    /// <summary>Gets the scenario name, e.g. <c>apple-display-multi-dart</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the one-line description.</summary>
    /// <value>The default value is empty.</value>
    public string Description { get; init; } = string.Empty;

    /// <summary>Gets the file the scenario was loaded from, as given to the loader.</summary>
    public required string SourceFile { get; init; }

    /// <summary>Gets the machine: IOMMUs, devices, drivers and user-space actions; its name is the scenario name.</summary>
    public required TopologySpec Topology { get; init; }

    /// <summary>Gets the variants in the order they were declared; the first is the default.</summary>
    public required ImmutableArray<VariantSpec> Variants { get; init; }

    /// <summary>Gets the scenario's exploration defaults (each one applies when the command line leaves it open).</summary>
    /// <value>The default value is <see cref="ExplorationDefaults.None"/>.</value>
    public ExplorationDefaults Exploration { get; init; } = ExplorationDefaults.None;

    /// <summary>Gets what loading skipped or guessed (e.g. an unknown IOMMU compatible modelled as generic), one line each.</summary>
    public ImmutableArray<string> Notes { get; init; } = [];

    /// <summary>Gets the default variant: the first one declared.</summary>
    public VariantSpec DefaultVariant => Variants[0];

    /// <summary>Finds a variant by name (ordinal comparison).</summary>
    /// <param name="name">The variant name.</param>
    /// <returns>The variant, or null when the scenario has none of that name.</returns>
    public VariantSpec? FindVariant(string name) =>
        Variants.FirstOrDefault(v => string.Equals(v.Name, name, StringComparison.Ordinal));
}
