using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace IommuActors.Cli.Bench;

/// <summary>
/// The source-generated serializer of the <c>bench strategies --json</c> document, with the settings of
/// <see cref="Output.CliJson"/>: snake_case keys, indented, nulls kept, '+' and '&lt;' left readable.
/// </summary>
[JsonSerializable(typeof(StrategyBenchJson))]
internal sealed partial class StrategyBenchJsonContext : JsonSerializerContext
{
    private static readonly StrategyBenchJsonContext Configured = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>Writes the document as one JSON object.</summary>
    /// <param name="document">The document.</param>
    /// <param name="output">The writer.</param>
    public static void Write(StrategyBenchJson document, TextWriter output) =>
        output.WriteLine(JsonSerializer.Serialize(document, Configured.StrategyBenchJson));
}
