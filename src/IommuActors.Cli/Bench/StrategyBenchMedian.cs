namespace IommuActors.Cli.Bench;

/// <summary>Medians over seeds where a seed that found nothing counts as "more than the budget" (infinite).</summary>
internal static class StrategyBenchMedian
{
    /// <summary>Computes the median; null when it falls on a seed that found nothing.</summary>
    /// <param name="values">One value per seed; null for seeds that found nothing.</param>
    /// <returns>The median (mean of the two middle values for an even count), or null.</returns>
    public static double? Of(IEnumerable<double?> values)
    {
        var sorted = values.Select(v => v ?? double.PositiveInfinity).Order().ToList();
        if (sorted.Count == 0)
        {
            return null;
        }

        var middle = sorted.Count / 2;
        var median = sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return double.IsPositiveInfinity(median) ? null : median;
    }
}
