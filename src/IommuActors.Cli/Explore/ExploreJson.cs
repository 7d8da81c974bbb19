using System.Text.Json.Serialization;
using IommuActors.Exploration;

namespace IommuActors.Cli.Explore;

/// <summary>The <c>explore --json</c> document.</summary>
internal sealed record ExploreJson : ExploreSummaryJson
{
    private ExploreJson(ExploreRequest request, ExplorationReport report)
        : base(request.StrategyName, report, dmesg: null)
    {
    }

    [JsonPropertyOrder(-1)]
    public required string Scenario { get; init; }

    [JsonPropertyOrder(-1)]
    public required string Program { get; init; }

    [JsonPropertyOrder(-1)]
    public string? Kernel { get; init; }

    /// <summary>Builds the document.</summary>
    /// <param name="request">What was explored.</param>
    /// <param name="report">The report.</param>
    /// <returns>The document.</returns>
    public static ExploreJson From(ExploreRequest request, ExplorationReport report) => new(request, report)
    {
        Scenario = request.Target,
        Program = report.Program,
        Kernel = null,
    };
}
