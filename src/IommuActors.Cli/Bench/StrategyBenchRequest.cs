using IommuActors.Exploration;
using IommuActors.Kernel.Versions;
using IommuActors.Scenarios;

namespace IommuActors.Cli.Bench;

/// <summary>What <c>bench strategies</c> measures, after flags, the scenario's defaults and configuration are resolved.</summary>
/// <param name="Scenario">The scenario.</param>
/// <param name="Variant">The variant.</param>
/// <param name="Kernel">The kernel.</param>
/// <param name="Strategies">The strategies to compare, each with its default bound.</param>
/// <param name="Seeds">Seeds per strategy: 1 to <paramref name="Seeds"/>.</param>
/// <param name="MaxSchedules">The schedule budget of each exploration.</param>
/// <param name="MaxSteps">The step bound per schedule.</param>
internal sealed record StrategyBenchRequest(
    ScenarioSpec Scenario, VariantSpec Variant, KernelConfig Kernel, IReadOnlyList<StrategyKind> Strategies, int Seeds, int MaxSchedules, int MaxSteps)
{
    /// <summary>Gets the strategies compared when none are named: random first, the portfolio last.</summary>
    public static IReadOnlyList<StrategyKind> DefaultStrategies { get; } =
        [StrategyKind.Random, StrategyKind.Pct, StrategyKind.DelayBounding, StrategyKind.Probabilistic, StrategyKind.Portfolio, StrategyKind.Dpor];
}
