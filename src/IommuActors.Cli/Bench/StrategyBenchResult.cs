namespace IommuActors.Cli.Bench;

/// <summary>A completed <c>bench strategies</c>.</summary>
/// <param name="Request">What was measured.</param>
/// <param name="Rows">One row per strategy, in request order.</param>
/// <param name="WarmupSchedules">Schedules run untimed first.</param>
internal sealed record StrategyBenchResult(StrategyBenchRequest Request, IReadOnlyList<StrategyBenchRow> Rows, int WarmupSchedules);
