using System.Globalization;

namespace IommuActors.Cli.Bench;

/// <summary>Writes the human-readable <c>bench scenario</c> report.</summary>
internal static class ScenarioBenchText
{
    /// <summary>Writes the report.</summary>
    /// <param name="result">The result.</param>
    /// <param name="output">The writer.</param>
    public static void Write(ScenarioBenchResult result, TextWriter output)
    {
        var r = result.Request;
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"bench scenario: {r.Scenario.Name}, variant {r.Variant.Name}, kernel {r.Kernel}, strategy random, seed {r.Seed}"));
        BenchRow.Write(output, "schedules/second", result.SchedulesPerSecond.ToString("N0", c));
        BenchRow.Write(output, "steps/second", result.StepsPerSecond.ToString("N0", c));
        BenchRow.Write(output, "steps/schedule", result.StepsPerSchedule.ToString("0.##", c));
        BenchRow.Write(output, "total steps", result.Counts.Steps.ToString("N0", c));
        BenchRow.Write(output, "schedules", result.Counts.Schedules.ToString("N0", c));
        BenchRow.Write(output, "violations", string.Create(c, $"{result.Violations} schedules"));
        BenchRow.Write(output, "elapsed", result.ElapsedSeconds.ToString("0.000", c) + " s");
        BenchRow.WriteSeedAndCutOff(output, r.Seed, result.Counts, r.MaxSteps, "schedules");
    }
}
