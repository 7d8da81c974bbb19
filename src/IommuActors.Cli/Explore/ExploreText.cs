using System.Globalization;
using IommuActors.Exploration;
using static IommuActors.Cli.Explore.ExploreReportText;

namespace IommuActors.Cli.Explore;

/// <summary>Writes the human-readable <c>explore</c> report: a summary, then the first violation with its schedule.</summary>
internal static class ExploreText
{
    /// <summary>Writes the report.</summary>
    /// <param name="request">What was explored.</param>
    /// <param name="report">The report.</param>
    /// <param name="output">The writer.</param>
    public static void Write(ExploreRequest request, ExplorationReport report, TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        Row(output, "program", $"{report.Program} ({request.Target})");
        WriteSummary(report, output);
        if (report.Violations.Count == 0)
        {
            return;
        }

        var first = report.Violations[0];
        WriteViolation(first, output);
        output.WriteLine(string.Create(c, $"  schedule ({first.Schedule.Count} steps):"));
        var width = first.Schedule.Count.ToString(c).Length;
        for (var i = 0; i < first.Schedule.Count; i++)
        {
            output.WriteLine(string.Create(c, $"    {(i + 1).ToString(c).PadLeft(width)}  {first.Schedule.Steps[i]}"));
        }

        WriteOthers(report, output);
    }
}
