using System.Globalization;
using IommuActors.Scenarios;
using static IommuActors.Cli.Explore.ExploreReportText;

namespace IommuActors.Cli.Explore;

/// <summary>Writes the human-readable <c>explore FILE.conf</c> report: a summary, then the first violation with its dmesg.</summary>
internal static class ScenarioExploreText
{
    /// <summary>Writes the report.</summary>
    /// <param name="run">The run.</param>
    /// <param name="output">The writer.</param>
    public static void Write(ScenarioRun run, TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        var report = run.Report;
        var expected = run.Variant.Expect.IsEmpty ? "nothing" : string.Join(" | ", run.Variant.Expect);
        Row(output, "scenario", $"{run.Scenario.Name} ({run.Scenario.SourceFile})");
        if (run.Scenario.Description.Length > 0)
        {
            Row(output, "description", run.Scenario.Description);
        }

        Row(output, "variant", run.Variant.Note is { } note ? $"{run.Variant.Name} ({note})" : run.Variant.Name);
        Row(output, "kernel", run.Kernel.ToString());
        WriteSummary(report, output);
        Row(output, "expected", expected);
        Row(output, "as expected", run.AsExpected ? "yes" : "no");
        if (report.Violations.Count == 0)
        {
            return;
        }

        var first = report.Violations[0];
        WriteViolation(first, output);
        Row(output, "schedule", string.Create(c, $"{first.Schedule.Count} steps (--json lists them)"));
        var dmesg = run.Dmesg(first);
        output.WriteLine(string.Create(c, $"  dmesg ({dmesg.Count} lines):"));
        foreach (var line in dmesg)
        {
            output.WriteLine($"    {line}");
        }

        WriteOthers(report, output);
    }
}
