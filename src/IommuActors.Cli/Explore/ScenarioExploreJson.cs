using System.Text.Json.Serialization;
using IommuActors.Scenarios;

namespace IommuActors.Cli.Explore;

/// <summary>The <c>explore FILE.conf --json</c> document (the toy document's keys plus the scenario's).</summary>
internal sealed record ScenarioExploreJson : ExploreSummaryJson
{
    private ScenarioExploreJson(ScenarioRun run)
        : base(Commands.ExploreOptions.NameOf(run.Options.Strategy), run.Report, run.Dmesg)
    {
    }

    [JsonPropertyOrder(-1)]
    public required string Scenario { get; init; }

    [JsonPropertyOrder(-1)]
    public required string File { get; init; }

    [JsonPropertyOrder(-1)]
    public required string Description { get; init; }

    [JsonPropertyOrder(-1)]
    public required string Variant { get; init; }

    [JsonPropertyOrder(-1)]
    public string? Note { get; init; }

    [JsonPropertyOrder(-1)]
    public required string Program { get; init; }

    [JsonPropertyOrder(-1)]
    public required string Kernel { get; init; }

    [JsonPropertyOrder(-1)]
    public required string KernelVersion { get; init; }

    [JsonPropertyOrder(-1)]
    public required IReadOnlyList<string> Fixes { get; init; }

    [JsonPropertyOrder(-1)]
    public required IReadOnlyList<string> WithoutFixes { get; init; }

    [JsonPropertyOrder(-1)]
    public required IReadOnlyList<string> Switches { get; init; }

    [JsonPropertyOrder(1)]
    public required IReadOnlyList<string> Expected { get; init; }

    [JsonPropertyOrder(1)]
    public required bool AsExpected { get; init; }

    /// <summary>Builds the document; every violation is replayed once more for its dmesg.</summary>
    /// <param name="run">The run.</param>
    /// <returns>The document.</returns>
    public static ScenarioExploreJson From(ScenarioRun run) => new(run)
    {
        Scenario = run.Scenario.Name,
        File = run.Scenario.SourceFile,
        Description = run.Scenario.Description,
        Variant = run.Variant.Name,
        Note = run.Variant.Note,
        Program = run.Report.Program,
        Kernel = run.Kernel.ToString(),
        KernelVersion = run.Kernel.Version.ToString(),
        Fixes = run.Kernel.Fixes,
        WithoutFixes = run.Kernel.WithoutFixes,
        Switches = run.Kernel.Enabled,
        Expected = run.Variant.Expect,
        AsExpected = run.AsExpected,
    };
}
