using IommuActors.Kernel.Versions;
using IommuActors.Scenarios;

namespace IommuActors.Cli.Bench;

/// <summary>What <c>bench scenario</c> measures, after flags, the scenario's defaults and configuration are resolved.</summary>
/// <param name="Scenario">The scenario.</param>
/// <param name="Variant">The variant.</param>
/// <param name="Kernel">The kernel.</param>
/// <param name="Iterations">Schedules to time.</param>
/// <param name="Seed">The seed of the random strategy.</param>
/// <param name="MaxSteps">The step bound per schedule.</param>
internal sealed record ScenarioBenchRequest(ScenarioSpec Scenario, VariantSpec Variant, KernelConfig Kernel, int Iterations, ulong Seed, int MaxSteps);
