namespace IommuActors.Cli.Bench;

/// <summary>A timed <c>bench boot</c>.</summary>
/// <param name="Request">What was measured.</param>
/// <param name="Topology">The generated topology's name.</param>
/// <param name="BootMilliseconds">Wall time of each timed boot, in order.</param>
/// <param name="Counts">What the timed boots did.</param>
/// <param name="ViolationIds">The violation each timed boot ended in, if any (distinct, in order).</param>
/// <param name="Violations">Timed boots that ended in a violation.</param>
/// <param name="WarmupBoots">Boots run untimed first.</param>
internal sealed record BootBenchResult(
    BootBenchRequest Request,
    string Topology,
    IReadOnlyList<double> BootMilliseconds,
    BenchCounts Counts,
    IReadOnlyList<string> ViolationIds,
    int Violations,
    int WarmupBoots)
{
    /// <summary>Gets the total wall time of the timed boots in seconds (never zero).</summary>
    public double ElapsedSeconds => Math.Max(BootMilliseconds.Sum() / 1000, 1e-9);

    /// <summary>Gets the median boot time.</summary>
    public double MedianMilliseconds
    {
        get
        {
            var sorted = BootMilliseconds.Order().ToArray();
            return sorted.Length == 0 ? 0 : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
        }
    }

    /// <summary>Gets the slowest boot.</summary>
    public double MaxMilliseconds => BootMilliseconds.Count == 0 ? 0 : BootMilliseconds.Max();

    /// <summary>Gets the mean handler runs per boot.</summary>
    public double StepsPerBoot => Counts.Schedules == 0 ? 0 : (double)Counts.Steps / Counts.Schedules;

    /// <summary>Gets boots per second.</summary>
    public double BootsPerSecond => Counts.Schedules / ElapsedSeconds;

    /// <summary>Gets handler runs per second.</summary>
    public double StepsPerSecond => Counts.Steps / ElapsedSeconds;
}
