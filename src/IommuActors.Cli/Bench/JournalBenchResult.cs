using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace IommuActors.Cli.Bench;

/// <summary>What <c>bench journal</c> measures.</summary>
/// <param name="Backends">The backends to measure (<c>sqlite</c>, <c>postgres</c>).</param>
/// <param name="Violations">Violations to write per backend.</param>
/// <param name="Schedules">Schedules to append per backend.</param>
/// <param name="ExploreIterations">Schedules of each timed <c>explore</c>; 0 skips the overhead measurement.</param>
/// <param name="ExploreRuns">Timed runs per mode (the median is reported).</param>
/// <param name="ExploreStrategy">The strategy of each timed <c>explore</c>, or null for the configured default.</param>
internal sealed record JournalBenchRequest(IReadOnlyList<string> Backends, int Violations, int Schedules, int ExploreIterations, int ExploreRuns, string? ExploreStrategy = null);

/// <summary>The throughput of one backend.</summary>
/// <param name="Backend">The backend.</param>
/// <param name="Journal">The journal's description.</param>
/// <param name="Violations">Violations written.</param>
/// <param name="ViolationSeconds">Time to write them.</param>
/// <param name="ViolationsPerSecond">Violations written per second.</param>
/// <param name="Schedules">Schedules appended.</param>
/// <param name="ScheduleSeconds">Time to encode and append them.</param>
/// <param name="SchedulesPerSecond">Schedules appended per second.</param>
/// <param name="BytesPerSchedule">Average deflated payload per schedule.</param>
internal sealed record JournalBenchBackendJson(
    string Backend,
    string Journal,
    int Violations,
    double ViolationSeconds,
    double ViolationsPerSecond,
    int Schedules,
    double ScheduleSeconds,
    double SchedulesPerSecond,
    double BytesPerSchedule);

/// <summary>The journaling overhead of <c>explore</c>.</summary>
/// <param name="Command">The timed command line (without <c>--journal</c>).</param>
/// <param name="Runs">Runs per mode.</param>
/// <param name="NoneSeconds">Each run's time with <c>--journal none</c>.</param>
/// <param name="SqliteSeconds">Each run's time with a SQLite journal.</param>
/// <param name="NoneMedianSeconds">The median without a journal.</param>
/// <param name="SqliteMedianSeconds">The median with the SQLite journal.</param>
/// <param name="OverheadPercent">(sqlite - none) / none, in percent.</param>
internal sealed record JournalBenchOverheadJson(
    string Command,
    int Runs,
    IReadOnlyList<double> NoneSeconds,
    IReadOnlyList<double> SqliteSeconds,
    double NoneMedianSeconds,
    double SqliteMedianSeconds,
    double OverheadPercent);

/// <summary>The <c>bench journal --json</c> document.</summary>
/// <param name="ScheduleSteps">Steps per written schedule.</param>
/// <param name="AppendBatch">Schedules per append.</param>
/// <param name="Backends">One entry per backend.</param>
/// <param name="ExploreOverhead">The explore overhead, or null when skipped.</param>
internal sealed record JournalBenchJson(int ScheduleSteps, int AppendBatch, IReadOnlyList<JournalBenchBackendJson> Backends, JournalBenchOverheadJson? ExploreOverhead)
{
    /// <summary>Writes the text form.</summary>
    /// <param name="output">The writer.</param>
    public void WriteText(TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"journal throughput ({ScheduleSteps}-step schedules, record-all appends in batches of {AppendBatch})"));
        foreach (var b in Backends)
        {
            output.WriteLine(string.Create(c, $"  {b.Backend,-8} {b.Journal}"));
            output.WriteLine(string.Create(c, $"    violations  {b.Violations} in {b.ViolationSeconds:0.000} s: {b.ViolationsPerSecond:0} per second"));
            output.WriteLine(string.Create(c, $"    schedules   {b.Schedules} in {b.ScheduleSeconds:0.000} s: {b.SchedulesPerSecond:0} per second, {b.BytesPerSchedule:0.0} bytes per schedule"));
        }

        if (ExploreOverhead is { } o)
        {
            output.WriteLine(string.Create(c, $"explore overhead: {o.Command}, median of {o.Runs}"));
            output.WriteLine(string.Create(c, $"  --journal none    {o.NoneMedianSeconds:0.000} s"));
            output.WriteLine(string.Create(c, $"  sqlite journal    {o.SqliteMedianSeconds:0.000} s"));
            output.WriteLine(string.Create(c, $"  overhead          {o.OverheadPercent:+0.0;-0.0;0.0}%"));
        }
    }
}

/// <summary>The source-generated serializer of <see cref="JournalBenchJson"/>, with the settings of <see cref="Output.CliJson"/>.</summary>
[JsonSerializable(typeof(JournalBenchJson))]
internal sealed partial class JournalBenchJsonContext : JsonSerializerContext
{
    private static readonly JournalBenchJsonContext Configured = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>Writes the document as one JSON object.</summary>
    /// <param name="document">The document.</param>
    /// <param name="output">The writer.</param>
    public static void Write(JournalBenchJson document, TextWriter output) =>
        output.WriteLine(JsonSerializer.Serialize(document, Configured.JournalBenchJson));
}
