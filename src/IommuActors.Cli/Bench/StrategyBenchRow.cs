using IommuActors.Exploration;

namespace IommuActors.Cli.Bench;

/// <summary>One strategy's runs in <c>bench strategies</c>, with its medians.</summary>
/// <param name="Strategy">The strategy.</param>
/// <param name="Name">The word that selects it, e.g. <c>pct</c>.</param>
/// <param name="Description">Its description for the first seed, e.g. <c>pct(seed=1, depth=3)</c>.</param>
/// <param name="Runs">One run per seed.</param>
internal sealed record StrategyBenchRow(StrategyKind Strategy, string Name, string Description, IReadOnlyList<StrategyBenchRun> Runs)
{
    /// <summary>Gets how many seeds found a violation.</summary>
    public int Found => Runs.Count(r => r.Found);

    /// <summary>Gets the median number of schedules to the first violation, or null when it is beyond the budget.</summary>
    public double? MedianSchedules => StrategyBenchMedian.Of(Runs.Select(r => (double?)r.Schedules));

    /// <summary>Gets the median seconds to the first violation, or null when it is beyond the budget.</summary>
    public double? MedianSeconds => StrategyBenchMedian.Of(Runs.Select(r => r.Found ? r.Elapsed.TotalSeconds : (double?)null));

    /// <summary>Gets the ids of the first violations, most frequent first.</summary>
    public IReadOnlyList<string> ViolationIds =>
        [.. Runs.Where(r => r.ViolationId is not null).GroupBy(r => r.ViolationId!, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key)];
}
