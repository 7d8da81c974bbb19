namespace IommuActors.Cli.Bench;

/// <summary>The <c>bench strategies --json</c> document.</summary>
internal sealed record StrategyBenchJson
{
    public string Benchmark { get; init; } = "strategies";

    public required string Scenario { get; init; }

    public required string File { get; init; }

    public required string Variant { get; init; }

    public required string Kernel { get; init; }

    public required int Seeds { get; init; }

    public required int MaxSchedules { get; init; }

    public required int MaxSteps { get; init; }

    public required int WarmupSchedules { get; init; }

    public required IReadOnlyList<StrategyBenchRowJson> Strategies { get; init; }

    /// <summary>Builds the document.</summary>
    /// <param name="result">The result.</param>
    /// <returns>The document.</returns>
    public static StrategyBenchJson From(StrategyBenchResult result) => new()
    {
        Scenario = result.Request.Scenario.Name,
        File = result.Request.Scenario.SourceFile,
        Variant = result.Request.Variant.Name,
        Kernel = result.Request.Kernel.ToString(),
        Seeds = result.Request.Seeds,
        MaxSchedules = result.Request.MaxSchedules,
        MaxSteps = result.Request.MaxSteps,
        WarmupSchedules = result.WarmupSchedules,
        Strategies = [.. result.Rows.Select(StrategyBenchRowJson.From)],
    };
}
