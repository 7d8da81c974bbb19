namespace IommuActors.Cli.Settings;

/// <summary>The configuration keys (see hocon/reference.conf) that supply option defaults.</summary>
internal static class ConfigKeys
{
    public const string Strategy = "iommu-actors.exploration.strategy";
    public const string StrategyBound = "iommu-actors.exploration.strategy-bound";
    public const string Iterations = "iommu-actors.exploration.iterations";
    public const string Seed = "iommu-actors.exploration.seed";
    public const string MaxSteps = "iommu-actors.exploration.max-steps";

    public const string ExplorationWorkers = "iommu-actors.exploration.workers";
    public const string StopOnFirstViolation = "iommu-actors.exploration.stop-on-first-violation";
    public const string ReplayCheck = "iommu-actors.exploration.replay-check";
    public const string BenchPingPongStrategy = "iommu-actors.bench.pingpong.strategy";
    public const string Dispatcher = "iommu-actors.dispatcher.type";
    public const string Workers = "iommu-actors.dispatcher.concurrent.workers";
}
