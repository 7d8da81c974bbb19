using System.Globalization;
using IommuActors.Exploration;
using IommuActors.Runtime.Hashing;

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
        Row(output, "strategy", report.Strategy);
        Row(output, "seed", report.Seed.ToString(c));
        Row(output, "schedules", report.Schedules.ToString(c));
        Row(output, "steps", report.Deliveries.ToString(c));
        Row(output, "max steps", string.Create(c, $"{report.MaxSteps} ({report.SchedulesCutOff} schedules cut off)"));
        Row(output, "exhaustive", report.Exhaustive ? "yes" : "no");
        Row(output, "violations", report.Violations.Count.ToString(c));
        if (report.Coverage is { } coverage)
        {
            Row(output, "coverage", string.Create(c, $"{coverage.CoveredCount} of {coverage.KnownCount} (actor, state, message) triples; {coverage.RacingPairs} racing pairs, {coverage.RacingPairsInBothOrders} in both orders"));
        }
        if (report.Violations.Count == 0)
        {
            return;
        }

        var first = report.Violations[0];
        output.WriteLine();
        output.WriteLine($"violation {first.Violation.Id}");
        Row(output, "message", first.Violation.Message);
        Row(output, "schedule index", first.ScheduleIndex.ToString(c));
        if (first.IterationSeed != 0)
        {
            Row(output, "schedule seed", first.IterationSeed.ToString(c));
        }

        Row(output, "replay", first.Detail is null ? first.Verdict.ToString() : $"{first.Verdict}: {first.Detail}");
        Row(output, "schedule hash", StableHash.Format(first.ScheduleHash));
        Row(output, "state hash", StableHash.Format(first.StateHash));
        if (first.Minimization is { } m)
        {
            Row(output, "minimised", string.Create(c, $"{m.OriginalSteps} -> {m.MinimizedSteps} steps, {m.OriginalPreemptions} -> {m.MinimizedPreemptions} preemptions ({m.Runs} runs, hash {StableHash.Format(m.Schedule.Hash)})"));
        }
        output.WriteLine(string.Create(c, $"  schedule ({first.Schedule.Count} steps):"));
        var width = first.Schedule.Count.ToString(c).Length;
        for (var i = 0; i < first.Schedule.Count; i++)
        {
            output.WriteLine(string.Create(c, $"    {(i + 1).ToString(c).PadLeft(width)}  {first.Schedule.Steps[i]}"));
        }

        foreach (var other in report.Violations.Skip(1))
        {
            output.WriteLine(string.Create(c, $"also: {other.Violation.Id} in schedule {other.ScheduleIndex} ({other.Verdict}, hash {StableHash.Format(other.ScheduleHash)})"));
        }
    }

    private static void Row(TextWriter output, string label, string value) => output.WriteLine($"  {label,-16}{value}");
}
