namespace IommuActors.Journal;

/// <summary>What a run explores, recorded when it starts.</summary>
/// <param name="Scenario">Scenario (or toy program) name.</param>
/// <param name="Variant">Scenario variant, or null.</param>
/// <param name="Kernel">Kernel description (version plus fixes), or null for toys.</param>
/// <param name="Strategy">Strategy description, e.g. <c>random(seed=1)</c>.</param>
/// <param name="Seed">The seed.</param>
/// <param name="Iterations">The schedule budget.</param>
/// <param name="MaxSteps">The step bound.</param>
/// <param name="ToolVersion">The tool's version.</param>
/// <param name="Started">When the run started (UTC, from the caller).</param>
public sealed record RunInfo(string Scenario, string? Variant, string? Kernel, string Strategy, ulong Seed, int Iterations, int MaxSteps, string ToolVersion, DateTimeOffset Started)
{
    /// <summary>Gets the kernel changes added or removed (e.g. <c>+fwspec-ops-resolved</c>).</summary>
    public IReadOnlyList<string> Fixes { get; init; } = [];

    /// <summary>Gets the scenario file the run explored, if any.</summary>
    public string? SourceFile { get; init; }
}
