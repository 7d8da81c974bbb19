using System.Globalization;
using IommuActors.Journal;

namespace IommuActors.Cli.Journaling;

/// <summary>Builds the export document from a journal and appends imported runs to one.</summary>
internal static class JournalTransfer
{
    /// <summary>Every run of the journal, oldest first, with its violations.</summary>
    public static JournalDocumentJson Export(IRunJournal journal)
    {
        var ct = CancellationToken.None;
        var runs = journal.ListRunsAsync(ct).GetAwaiter().GetResult().OrderBy(r => r.RunId).ToList();
        var exported = new List<JournalRunJson>(runs.Count);
        foreach (var run in runs)
        {
            var violations = journal.GetViolationsAsync(run.RunId, ct).GetAwaiter().GetResult();
            exported.Add(new JournalRunJson
            {
                RunId = run.RunId,
                Info = new JournalRunInfoJson
                {
                    Scenario = run.Info.Scenario,
                    Variant = run.Info.Variant,
                    Kernel = run.Info.Kernel,
                    Fixes = run.Info.Fixes,
                    Strategy = run.Info.Strategy,
                    Seed = run.Info.Seed.ToString(CultureInfo.InvariantCulture),
                    Iterations = run.Info.Iterations,
                    MaxSteps = run.Info.MaxSteps,
                    ToolVersion = run.Info.ToolVersion,
                    Started = run.Info.Started,
                    SourceFile = run.Info.SourceFile is { } source ? RepositoryPaths.ToPortable(source) : null,
                },
                Progress = run.Progress is { } p ? new JournalProgressJson(p.Schedules, p.Steps, p.ResumeToken) : null,
                Summary = run.Summary is { } s ? new JournalSummaryJson(s.Schedules, s.Steps, s.Exhaustive, s.Violations, s.Ended, s.CoverageJson) : null,
                Violations = [.. violations.Select(v => new JournalViolationJson
                {
                    JournalId = v.JournalId,
                    ViolationId = v.ViolationId,
                    Message = v.Message,
                    ScheduleIndex = v.ScheduleIndex,
                    Schedule = v.Schedule,
                    MinimizedSchedule = v.MinimizedSchedule,
                    ScheduleHash = v.ScheduleHash,
                    StateHash = v.StateHash,
                    Verdict = v.Verdict,
                })],
            });
        }

        return new JournalDocumentJson { Runs = exported };
    }

    /// <summary>Appends validated runs; reports each old → new id pair as it is written.</summary>
    public static void Import(IRunJournal journal, IReadOnlyList<ImportedRun> runs, Action<string> mapped)
    {
        var ct = CancellationToken.None;
        foreach (var run in runs)
        {
            var runId = journal.StartRunAsync(run.Info, ct).GetAwaiter().GetResult();
            mapped(string.Create(CultureInfo.InvariantCulture, $"run {run.OldRunId} -> {runId}"));
            if (run.Progress is { } progress)
            {
                journal.CheckpointAsync(runId, progress, ct).GetAwaiter().GetResult();
            }

            foreach (var violation in run.Violations)
            {
                var id = journal.RecordViolationAsync(violation.Entry with { RunId = runId }, ct).GetAwaiter().GetResult();
                mapped(string.Create(CultureInfo.InvariantCulture, $"violation {violation.OldJournalId} -> {id}"));
            }

            if (run.Summary is { } summary)
            {
                journal.CompleteRunAsync(runId, summary, ct).GetAwaiter().GetResult();
            }
        }
    }
}
