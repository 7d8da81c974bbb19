using System.Globalization;

namespace IommuActors.Cli.Bench;

/// <summary>Writes the human-readable <c>bench strategies</c> report: one line per strategy.</summary>
internal static class StrategyBenchText
{
    /// <summary>Writes the report.</summary>
    /// <param name="result">The result.</param>
    /// <param name="output">The writer.</param>
    public static void Write(StrategyBenchResult result, TextWriter output)
    {
        var r = result.Request;
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(
            c,
            $"bench strategies: {r.Scenario.Name}, variant {r.Variant.Name}, kernel {r.Kernel}, seeds 1..{r.Seeds}, at most {r.MaxSchedules} schedules per seed, max-steps {r.MaxSteps}"));
        output.WriteLine(string.Create(c, $"  {"strategy",-15}{"found",7}{"median schedules",18}{"median time",13}  first violations"));
        foreach (var row in result.Rows)
        {
            var schedules = row.MedianSchedules is { } m ? m.ToString("0.#", c) : string.Create(c, $">{r.MaxSchedules}");
            var time = row.MedianSeconds is { } s ? Milliseconds(s) : "-";
            var found = string.Create(c, $"{row.Found}/{row.Runs.Count}");
            var ids = row.ViolationIds.Count > 0 ? string.Join(", ", row.ViolationIds) : "-";
            output.WriteLine(string.Create(c, $"  {row.Name,-15}{found,7}{schedules,18}{time,13}  {ids}"));
        }
    }

    private static string Milliseconds(double seconds) =>
        (seconds * 1000).ToString(seconds < 0.1 ? "0.00" : "0.0", CultureInfo.InvariantCulture) + " ms";
}
