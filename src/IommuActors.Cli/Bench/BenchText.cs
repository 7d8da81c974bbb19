using System.Globalization;

namespace IommuActors.Cli.Bench;

/// <summary>Writes the human-readable <c>bench pingpong</c> report.</summary>
internal static class BenchText
{
    /// <summary>Writes the report.</summary>
    /// <param name="result">The result.</param>
    /// <param name="output">The writer.</param>
    public static void Write(BenchResult result, TextWriter output)
    {
        var r = result.Request;
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"bench pingpong: {r.Pairs} pairs x {r.Rounds} rounds, strategy {r.Strategy}, dispatcher {r.Dispatcher}, seed {r.Seed}"));
        BenchRow.Write(output, "steps/second", result.StepsPerSecond.ToString("N0", c));
        BenchRow.Write(output, "schedules/second", result.SchedulesPerSecond.ToString("N0", c));
        BenchRow.Write(output, "steps/schedule", result.StepsPerSchedule.ToString("0.##", c));
        BenchRow.Write(output, "total steps", result.Counts.Steps.ToString("N0", c));
        BenchRow.Write(output, "schedules", result.Counts.Schedules.ToString("N0", c));
        BenchRow.Write(output, "elapsed", result.ElapsedSeconds.ToString("0.000", c) + " s");
        BenchRow.Write(output, "threads", r.Threads.ToString(c));
        BenchRow.Write(output, "bytes/schedule", result.BytesPerSchedule.ToString("N0", c));
        BenchRow.Write(output, "collections", string.Create(c, $"{result.Memory.Gen0Collections} gen0, {result.Memory.Gen2Collections} gen2"));
        BenchRow.WriteSeedAndCutOff(output, r.Seed, result.Counts, r.MaxSteps, "schedules");
    }
}
