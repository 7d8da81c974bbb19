namespace IommuActors.Cli.Bench;

/// <summary>One strategy in the <c>bench strategies --json</c> document; medians are null when beyond the budget.</summary>
internal sealed record StrategyBenchRowJson
{
    public required string Strategy { get; init; }

    public required string Description { get; init; }

    public required int Found { get; init; }

    public required double? MedianSchedules { get; init; }

    public required double? MedianSeconds { get; init; }

    public required IReadOnlyList<string> Violations { get; init; }

    public required IReadOnlyList<StrategyBenchRunJson> Runs { get; init; }

    /// <summary>Builds the entry.</summary>
    /// <param name="row">The strategy's runs.</param>
    /// <returns>The entry.</returns>
    public static StrategyBenchRowJson From(StrategyBenchRow row) => new()
    {
        Strategy = row.Name,
        Description = row.Description,
        Found = row.Found,
        MedianSchedules = row.MedianSchedules,
        MedianSeconds = row.MedianSeconds,
        Violations = row.ViolationIds,
        Runs = [.. row.Runs.Select(StrategyBenchRunJson.From)],
    };
}
