using IommuActors.Exploration;
using IommuActors.Kernel;
using IommuActors.Kernel.Versions;

namespace IommuActors.Scenarios;

/// <summary>An exploration of one scenario variant on one kernel, and what it found.</summary>
/// <param name="Scenario">The scenario.</param>
/// <param name="Variant">The variant.</param>
/// <param name="Kernel">The kernel it booted (the variant's, possibly overridden).</param>
/// <param name="Options">The exploration options.</param>
/// <param name="Report">The report.</param>
public sealed record ScenarioRun(ScenarioSpec Scenario, VariantSpec Variant, KernelConfig Kernel, ExplorationOptions Options, ExplorationReport Report)
{
    /// <summary>Gets the ids of the violations found, in the order found.</summary>
    public IReadOnlyList<string> FoundIds => [.. Report.Violations.Select(v => v.Violation.Id)];

    /// <summary>Gets a value indicating whether the findings are what the variant expects (see <see cref="VariantSpec.IsExpected"/>).</summary>
    public bool AsExpected => Variant.IsExpected(FoundIds);

    /// <summary>Replays a violation's schedule with kernel logging on.</summary>
    /// <param name="violation">One of <see cref="ExplorationReport.Violations"/>.</param>
    /// <returns>The dmesg-style lines the replay printed, WARN splats included.</returns>
    public IReadOnlyList<string> Dmesg(FoundViolation violation)
    {
        ArgumentNullException.ThrowIfNull(violation);
        return KernelModel.Trace(Scenario.Topology, Kernel, violation.Schedule).Dmesg;
    }
}
