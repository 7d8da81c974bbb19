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
        Row(output, "steps/second", result.StepsPerSecond.ToString("N0", c));
        Row(output, "schedules/second", result.SchedulesPerSecond.ToString("N0", c));
        Row(output, "steps/schedule", result.StepsPerSchedule.ToString("0.##", c));
        Row(output, "total steps", result.Counts.Steps.ToString("N0", c));
        Row(output, "schedules", result.Counts.Schedules.ToString("N0", c));
        Row(output, "elapsed", result.ElapsedSeconds.ToString("0.000", c) + " s");
        Row(output, "threads", r.Threads.ToString(c));
        Row(output, "seed", r.Seed.ToString(c));
        if (result.Counts.CutOff > 0)
        {
            Row(output, "cut off", string.Create(c, $"{result.Counts.CutOff} schedules hit --max-steps {r.MaxSteps}"));
        }
    }

    private static void Row(TextWriter output, string label, string value) => output.WriteLine($"  {label,-18}{value}");
}
