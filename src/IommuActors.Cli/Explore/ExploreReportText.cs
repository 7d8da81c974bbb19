using System.Globalization;
using IommuActors.Exploration;
using IommuActors.Runtime.Hashing;

namespace IommuActors.Cli.Explore;

/// <summary>The parts of the human-readable <c>explore</c> reports that toys and scenarios share: rows, the run summary and the violation details.</summary>
internal static class ExploreReportText
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Writes one aligned <c>label value</c> row.</summary>
    /// <param name="output">The writer.</param>
    /// <param name="label">The label.</param>
    /// <param name="value">The value.</param>
    public static void Row(TextWriter output, string label, string value) => output.WriteLine($"  {label,-16}{value}");

    /// <summary>Writes the summary rows from <c>strategy</c> to <c>coverage</c>.</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">The writer.</param>
    public static void WriteSummary(ExplorationReport report, TextWriter output)
    {
        Row(output, "strategy", report.Strategy);
        Row(output, "seed", report.Seed.ToString(Invariant));
        Row(output, "schedules", report.Schedules.ToString(Invariant));
        Row(output, "steps", report.Deliveries.ToString(Invariant));
        Row(output, "max steps", string.Create(Invariant, $"{report.MaxSteps} ({report.SchedulesCutOff} schedules cut off)"));
        Row(output, "exhaustive", report.Exhaustive ? "yes" : "no");
        Row(output, "violations", report.Violations.Count.ToString(Invariant));
        if (report.Coverage is { } coverage)
        {
            Row(output, "coverage", string.Create(Invariant, $"{coverage.CoveredCount} of {coverage.KnownCount} (actor, state, message) triples; {coverage.RacingPairs} racing pairs, {coverage.RacingPairsInBothOrders} in both orders"));
        }
    }

    /// <summary>Writes a blank line, then the violation's heading and rows up to its minimisation.</summary>
    /// <param name="violation">The violation.</param>
    /// <param name="output">The writer.</param>
    public static void WriteViolation(FoundViolation violation, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine($"violation {violation.Violation.Id}");
        Row(output, "message", violation.Violation.Message);
        Row(output, "schedule index", violation.ScheduleIndex.ToString(Invariant));
        if (violation.IterationSeed != 0)
        {
            Row(output, "schedule seed", violation.IterationSeed.ToString(Invariant));
        }

        Row(output, "replay", violation.Detail is null ? violation.Verdict.ToString() : $"{violation.Verdict}: {violation.Detail}");
        Row(output, "schedule hash", StableHash.Format(violation.ScheduleHash));
        Row(output, "state hash", StableHash.Format(violation.StateHash));
        if (violation.Minimization is { } m)
        {
            Row(output, "minimised", string.Create(Invariant, $"{m.OriginalSteps} -> {m.MinimizedSteps} steps, {m.OriginalPreemptions} -> {m.MinimizedPreemptions} preemptions ({m.Runs} runs, hash {StableHash.Format(m.Schedule.Hash)})"));
        }
    }

    /// <summary>Writes one <c>also:</c> line for each violation after the first.</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">The writer.</param>
    public static void WriteOthers(ExplorationReport report, TextWriter output)
    {
        foreach (var other in report.Violations.Skip(1))
        {
            output.WriteLine(string.Create(Invariant, $"also: {other.Violation.Id} in schedule {other.ScheduleIndex} ({other.Verdict}, hash {StableHash.Format(other.ScheduleHash)})"));
        }
    }
}
