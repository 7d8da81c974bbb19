using IommuActors.Exploration.Strategies;

namespace IommuActors.Exploration.Tests;

/// <summary>The seeded strategies by name, for theories that hold for all of them.</summary>
internal static class StrategyCatalog
{
    public static TheoryData<string> Names { get; } = ["pct", "delay", "probabilistic", "portfolio"];

    public static ISeededExplorationStrategy Create(string name, ulong seed) => name switch
    {
        "pct" => new PctStrategy(seed),
        "delay" => new DelayBoundingStrategy(seed),
        "probabilistic" => new ProbabilisticStrategy(seed),
        "portfolio" => new PortfolioStrategy(seed),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown strategy"),
    };

    public static StrategyKind Kind(string name) => name switch
    {
        "pct" => StrategyKind.Pct,
        "delay" => StrategyKind.DelayBounding,
        "probabilistic" => StrategyKind.Probabilistic,
        "portfolio" => StrategyKind.Portfolio,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown strategy"),
    };
}
