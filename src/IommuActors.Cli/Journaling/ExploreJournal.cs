using System.Reflection;
using IommuActors.Exploration;
using IommuActors.Journal;
using IommuActors.Kernel.Versions;
using IommuActors.Runtime.Hashing;

namespace IommuActors.Cli.Journaling;

/// <summary>Records an exploration in the journal: the run, every violation (full and minimised schedule), the summary.</summary>
internal static class ExploreJournal
{
    public static string ToolVersion { get; } =
        typeof(ExploreJournal).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    /// <summary>The run description of a toy program.</summary>
    public static RunInfo ForToy(string target, ExplorationReport report, ExplorationOptions options) =>
        new(target, null, null, report.Strategy, options.Seed, options.Iterations, options.MaxSteps, ToolVersion, TimeProvider.System.GetUtcNow());

    /// <summary>The run description of a scenario variant on a kernel.</summary>
    public static RunInfo ForScenario(string scenario, string sourceFile, string variant, KernelConfig kernel, ExplorationReport report, ExplorationOptions options) =>
        new(scenario, variant, kernel.Version.ToString(), report.Strategy, options.Seed, options.Iterations, options.MaxSteps, ToolVersion, TimeProvider.System.GetUtcNow())
        {
            Fixes = [.. kernel.Fixes.Select(f => "+" + f), .. kernel.WithoutFixes.Select(f => "-" + f)],
            SourceFile = Path.GetFullPath(sourceFile),
        };

    /// <summary>Writes the run, its violations and its summary; returns what to print.</summary>
    public static JournalJson Record(IRunJournal journal, RunInfo info, ExplorationReport report)
    {
        var ct = CancellationToken.None;
        var runId = journal.StartRunAsync(info, ct).GetAwaiter().GetResult();
        var ids = new List<long>();
        foreach (var found in report.Violations)
        {
            var entry = new ViolationEntry(
                runId,
                found.Violation.Id,
                found.Violation.Message,
                found.ScheduleIndex,
                found.Schedule.ToText(),
                found.MinimizedSchedule?.ToText(),
                StableHash.Format(found.ScheduleHash),
                StableHash.Format(found.StateHash),
                found.Verdict.ToString());
            ids.Add(journal.RecordViolationAsync(entry, ct).GetAwaiter().GetResult());
        }

        var summary = new RunSummary(report.Schedules, report.Deliveries, report.Exhaustive, report.Violations.Count, TimeProvider.System.GetUtcNow(), null);
        journal.CheckpointAsync(runId, new RunProgress(report.Schedules, report.Deliveries, null), ct).GetAwaiter().GetResult();
        journal.CompleteRunAsync(runId, summary, ct).GetAwaiter().GetResult();
        return new JournalJson { Journal = journal.Description, RunId = runId, ViolationIds = ids };
    }

    /// <summary>One text line for the report.</summary>
    public static string Line(JournalJson recorded) =>
        $"  journal         {recorded.Journal}: run {recorded.RunId}"
        + (recorded.ViolationIds.Count > 0 ? $", violation {string.Join(", ", recorded.ViolationIds.Select(i => "#" + i))} (iommu-actors replay {recorded.ViolationIds[0]})" : string.Empty);
}
