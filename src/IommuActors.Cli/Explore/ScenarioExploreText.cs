using System.Globalization;
using IommuActors.Runtime.Hashing;
using IommuActors.Scenarios;

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
        Row(output, "expected", expected);
        Row(output, "as expected", run.AsExpected ? "yes" : "no");
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
        Row(output, "schedule", string.Create(c, $"{first.Schedule.Count} steps (--json lists them)"));
        var dmesg = run.Dmesg(first);
        output.WriteLine(string.Create(c, $"  dmesg ({dmesg.Count} lines):"));
        foreach (var line in dmesg)
        {
            output.WriteLine($"    {line}");
        }

        foreach (var other in report.Violations.Skip(1))
        {
            output.WriteLine(string.Create(c, $"also: {other.Violation.Id} in schedule {other.ScheduleIndex} ({other.Verdict}, hash {StableHash.Format(other.ScheduleHash)})"));
        }
    }

    private static void Row(TextWriter output, string label, string value) => output.WriteLine($"  {label,-16}{value}");
}
