using IommuActors.Cli.Explore;
using System.CommandLine;
using IommuActors.Cli.Commands;
using IommuActors.Cli.Settings;
using IommuActors.Exploration;
using IommuActors.Journal;

namespace IommuActors.Cli.Journaling;

/// <summary>The journaling around one <c>explore</c>: resume, live recording, record-all and the closing lines.</summary>
internal static class JournaledExplore
{
    /// <summary>Reads the run named by <c>--resume</c>, or returns null when it was not given.</summary>
    /// <exception cref="UsageException">The flag is given without a journal, or the run cannot be resumed.</exception>
    public static RunResume? LoadResume(JournalSession journal, ParseResult parseResult, ExploreOptions o) =>
        parseResult.GetValue(o.Resume) is { } runId ? RunResume.Load(journal.Required, runId) : null;

    /// <summary>Refuses explicit flags that differ from the resumed run's, then takes the run's parameters.</summary>
    /// <param name="resume">The run being resumed.</param>
    /// <param name="settings">Flags over configuration.</param>
    /// <param name="parseResult">The parse result.</param>
    /// <param name="o">The command's options.</param>
    /// <param name="options">The options resolved from flags and configuration.</param>
    /// <returns>The options to explore with.</returns>
    public static ExplorationOptions ApplyResume(RunResume resume, SettingsReader settings, ParseResult parseResult, ExploreOptions o, ExplorationOptions options)
    {
        var info = resume.Run.Info;
        if (settings.IsExplicit(o.Strategy))
        {
            resume.Require(true, "--strategy", parseResult.GetValue(o.Strategy), ExploreOptions.NameOf(resume.Strategy));
        }

        resume.Require(settings.IsExplicit(o.StrategyBound), "--strategy-bound", options.StrategyBound, resume.StrategyBound);
        resume.Require(settings.IsExplicit(o.Seed), "--seed", options.Seed, info.Seed);
        resume.Require(settings.IsExplicit(o.Iterations), "--iterations", options.Iterations, info.Iterations);
        resume.Require(settings.IsExplicit(o.MaxSteps), "--max-steps", options.MaxSteps, info.MaxSteps);
        return resume.Apply(options);
    }

    /// <summary>Explores, journaling as it goes.</summary>
    /// <param name="journal">The journal session.</param>
    /// <param name="info">The run description (ignored when resuming).</param>
    /// <param name="resume">The run to continue, or null.</param>
    /// <param name="parseResult">The parse result.</param>
    /// <param name="o">The command's options.</param>
    /// <param name="options">The exploration options.</param>
    /// <param name="explore">Runs the exploration.</param>
    /// <returns>The report (its schedule and step counts include those before a resume), the recorder, and what to print.</returns>
    public static (ExplorationReport Report, LiveRunRecorder? Recorder, JournalJson? Recorded) Run(
        JournalSession journal, RunInfo info, RunResume? resume, ParseResult parseResult, ExploreOptions o, ExplorationOptions options, Func<ExplorationOptions, ExplorationReport> explore)
    {
        var recordAll = parseResult.GetValue(o.RecordAll);
        if (recordAll && journal.Journal is null)
        {
            throw new UsageException($"{o.RecordAll.Name} needs a journal; --journal none was given.");
        }

        var output = parseResult.InvocationConfiguration.Output;
        var progress = !parseResult.GetValue(o.Progress) ? null : parseResult.GetValue(o.Json) ? parseResult.InvocationConfiguration.Error : output;
        var recorder = journal.Begin(info, resume, recordAll, progress);
        var report = explore(recorder is not null ? options with { Observer = recorder } : options);
        var recorded = recorder?.Complete(report);
        if (resume is not null && recorder is not null)
        {
            report = report with { Schedules = (int)recorder.TotalSchedules, Deliveries = recorder.TotalSteps };
        }

        return (report, recorder, recorded);
    }

    /// <summary>Writes a JSON report, with <c>record_all</c> when schedules were recorded.</summary>
    public static void WriteJson(Action<TextWriter> write, LiveRunRecorder? recorder, TextWriter output)
    {
        if (recorder is not { RecordAll: true })
        {
            write(output);
            return;
        }

        using var buffer = new StringWriter();
        write(buffer);
        output.WriteLine(ExploreJournal.WithRecordAll(buffer.ToString(), recorder));
    }

    /// <summary>Gives each violation of a <c>--json</c> document its journal id (unchanged without a journal).</summary>
    public static IReadOnlyList<ViolationJson> WithJournalIds(IReadOnlyList<ViolationJson> violations, LiveRunRecorder? recorder) =>
        recorder is null ? violations : [.. violations.Select(v => v with { JournalId = recorder.JournalIdOf(v.ScheduleIndex, v.Id) })];

    /// <summary>Writes the journal lines after a text report.</summary>
    public static void WriteLines(LiveRunRecorder? recorder, JournalJson? recorded, RunResume? resume, TextWriter output)
    {
        if (recorded is null || recorder is null)
        {
            return;
        }

        output.WriteLine(ExploreJournal.Line(recorded));
        if (resume is not null)
        {
            output.WriteLine($"  resumed         run {resume.RunId} at schedule {resume.NextIndex} ({resume.Schedules} schedules and {resume.Violations.Count} violations before)");
        }

        if (recorder.RecordAll)
        {
            output.WriteLine(recorder.RecordAllLine());
        }
    }
}
