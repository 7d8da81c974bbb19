using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using IommuActors.Cli.Bench;
using IommuActors.Cli.Explore;
using IommuActors.Cli.Journaling;
using IommuActors.Cli.Kernels;
using IommuActors.Cli.Stress;

namespace IommuActors.Cli.Output;

/// <summary>Writes the <c>--json</c> documents: exactly one object, snake_case keys, nulls kept.</summary>
internal static class CliJson
{
    /// <summary>The documents go to terminals and files, not into HTML, so '&lt;-' in schedule lines stays readable.</summary>
    private static readonly CliJsonContext Context = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>Writes a benchmark result.</summary>
    /// <param name="document">The document.</param>
    /// <param name="output">The writer.</param>
    public static void Write(BenchJson document, TextWriter output) =>
        output.WriteLine(JsonSerializer.Serialize(document, Context.BenchJson));

    /// <summary>Writes a stress summary.</summary>
    /// <param name="document">The document.</param>
    /// <param name="output">The writer.</param>
    public static void Write(StressSummary document, TextWriter output) =>
        output.WriteLine(JsonSerializer.Serialize(document, Context.StressSummary));

    /// <summary>The coverage summary as the journal stores it with a run.</summary>
    /// <param name="coverage">The coverage.</param>
    /// <returns>The JSON text.</returns>
    public static string ToText(CoverageJson coverage) => JsonSerializer.Serialize(coverage, Context.CoverageJson);

    /// <summary>Reads a coverage summary stored with a run.</summary>
    /// <param name="text">The JSON text.</param>
    /// <param name="where">Names the run in the error.</param>
    /// <returns>The coverage.</returns>
    /// <exception cref="UsageException">The text is not a coverage summary.</exception>
    public static CoverageJson ReadCoverage(string text, string where)
    {
        try
        {
            return JsonSerializer.Deserialize(text, Context.CoverageJson) ?? throw new JsonException("null");
        }
        catch (JsonException e)
        {
            throw new UsageException($"{where}: the stored coverage summary is not valid: {e.Message}");
        }
    }

    /// <summary>Writes an exploration report.</summary>
    /// <param name="document">The document.</param>
    /// <param name="output">The writer.</param>
    public static void Write(ExploreJson document, TextWriter output) =>
        output.WriteLine(JsonSerializer.Serialize(document, Context.ExploreJson));

    /// <summary>Writes a scenario exploration report.</summary>
    /// <param name="document">The document.</param>
    /// <param name="output">The writer.</param>
    public static void Write(ScenarioExploreJson document, TextWriter output) =>
        output.WriteLine(JsonSerializer.Serialize(document, Context.ScenarioExploreJson));

    /// <summary>Writes journaled runs.</summary>
    /// <param name="document">The document.</param>
    /// <param name="output">The writer.</param>
    public static void Write(List<RunJson> document, TextWriter output) =>
        output.WriteLine(JsonSerializer.Serialize(document, Context.ListRunJson));

    /// <summary>Writes one journaled run.</summary>
    /// <param name="document">The document.</param>
    /// <param name="output">The writer.</param>
    public static void Write(RunJson document, TextWriter output) =>
        output.WriteLine(JsonSerializer.Serialize(document, Context.RunJson));

    /// <summary>Writes a replay result.</summary>
    /// <param name="document">The document.</param>
    /// <param name="output">The writer.</param>
    public static void Write(ReplayJson document, TextWriter output) =>
        output.WriteLine(JsonSerializer.Serialize(document, Context.ReplayJson));

    /// <summary>Writes the kernel catalog.</summary>
    /// <param name="document">The document.</param>
    /// <param name="output">The writer.</param>
    public static void Write(KernelsJson document, TextWriter output) =>
        output.WriteLine(JsonSerializer.Serialize(document, Context.KernelsJson));

    /// <summary>Writes a scenario benchmark result.</summary>
    /// <param name="document">The document.</param>
    /// <param name="output">The writer.</param>
    public static void Write(ScenarioBenchJson document, TextWriter output) =>
        output.WriteLine(JsonSerializer.Serialize(document, Context.ScenarioBenchJson));

    /// <summary>Writes a boot benchmark result.</summary>
    /// <param name="document">The document.</param>
    /// <param name="output">The writer.</param>
    public static void Write(BootBenchJson document, TextWriter output) =>
        output.WriteLine(JsonSerializer.Serialize(document, Context.BootBenchJson));

    /// <summary>Writes a journal export document.</summary>
    /// <param name="document">The document.</param>
    /// <param name="output">The writer.</param>
    public static void Write(JournalDocumentJson document, TextWriter output) =>
        output.WriteLine(JsonSerializer.Serialize(document, Context.JournalDocumentJson));
}
