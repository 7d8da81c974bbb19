using System.Globalization;
using IommuActors.Cli.Explore;
using IommuActors.Cli.Output;
using IommuActors.Exploration;
using IommuActors.Exploration.Strategies;
using IommuActors.Journal;
using IommuActors.Runtime.Hashing;
using IommuActors.Runtime.Scheduling;

namespace IommuActors.Cli.Journaling;

/// <summary>
/// Journals an exploration as it goes: each violation the moment it is confirmed, a checkpoint every
/// <see cref="CheckpointInterval"/> schedules and after every violation (resume token: the next schedule index),
/// every schedule in the event journal with <c>--record-all</c>, and the summary at the end.
/// </summary>
internal sealed class LiveRunRecorder : IExplorationObserver
{
    /// <summary>Schedules between checkpoints.</summary>
    public const int CheckpointInterval = 500;

    /// <summary>Recorded schedules per event-journal append.</summary>
    public const int AppendBatch = 100;

    private readonly IRunJournal _journal;
    private readonly RunResume? _resume;
    private readonly TextWriter? _progress;
    private readonly HashSet<(int Index, string Id)> _already;
    private readonly Dictionary<(int Index, string Id), long> _journalIds = [];
    private readonly List<JournalEvent> _pending = [];
    private readonly string _writer = Guid.NewGuid().ToString("N");
    private int _next;
    private int _schedules;
    private long _steps;
    private bool _checkpointDue;
    private DfsStrategy? _dfs;

    private LiveRunRecorder(IRunJournal journal, long runId, RunResume? resume, bool recordAll, TextWriter? progress)
    {
        _journal = journal;
        RunId = runId;
        _resume = resume;
        RecordAll = recordAll;
        _progress = progress;
        _next = resume?.NextIndex ?? 0;
        _already = [.. (resume?.Violations ?? []).Select(v => (v.ScheduleIndex, v.ViolationId))];
        ViolationIds = [.. (resume?.Violations ?? []).Select(v => v.JournalId)];
        foreach (var v in resume?.Violations ?? [])
        {
            _journalIds[(v.ScheduleIndex, v.ViolationId)] = v.JournalId;
        }
    }

    /// <summary>Gets the run id.</summary>
    public long RunId { get; }

    /// <summary>Gets a value indicating whether every schedule goes to the event journal.</summary>
    public bool RecordAll { get; }

    /// <inheritdoc/>
    public bool WantsSchedules => RecordAll;

    /// <summary>Gets the journal ids of the run's violations, including those recorded before a resume.</summary>
    public List<long> ViolationIds { get; }

    /// <summary>Gets the schedules appended to the event journal by this process.</summary>
    public long RecordedSchedules { get; private set; }

    /// <summary>Gets the payload bytes of those schedules.</summary>
    public long RecordedBytes { get; private set; }

    /// <summary>Gets the schedules explored in all, before and after a resume.</summary>
    public long TotalSchedules => (_resume?.Schedules ?? 0) + _schedules;

    /// <summary>Gets the steps executed in all, before and after a resume.</summary>
    public long TotalSteps => (_resume?.Steps ?? 0) + _steps;

    /// <summary>Starts a new run, or continues <paramref name="resume"/>.</summary>
    public static LiveRunRecorder Begin(IRunJournal journal, RunInfo info, RunResume? resume, bool recordAll, TextWriter? progress)
    {
        var runId = resume?.RunId ?? journal.StartRunAsync(info, CancellationToken.None).GetAwaiter().GetResult();
        return new LiveRunRecorder(journal, runId, resume, recordAll, progress);
    }

    /// <inheritdoc/>
    public void OnStart(IExplorationStrategy strategy) => _dfs = strategy as DfsStrategy;

    /// <inheritdoc/>
    public void OnViolation(FoundViolation violation)
    {
        _checkpointDue = true;
        if (_already.Contains((violation.ScheduleIndex, violation.Violation.Id)))
        {
            return; // recorded before a crash that came ahead of the checkpoint
        }

        var entry = new ViolationEntry(
            RunId,
            violation.Violation.Id,
            violation.Violation.Message,
            violation.ScheduleIndex,
            violation.Schedule.ToText(),
            violation.MinimizedSchedule?.ToText(),
            StableHash.Format(violation.ScheduleHash),
            StableHash.Format(violation.StateHash),
            violation.Verdict.ToString());
        var journalId = _journal.RecordViolationAsync(entry, CancellationToken.None).GetAwaiter().GetResult();
        ViolationIds.Add(journalId);
        _journalIds[(violation.ScheduleIndex, violation.Violation.Id)] = journalId;
    }

    /// <inheritdoc/>
    public void OnScheduleCompleted(int index, int schedules, long steps, Schedule? schedule)
    {
        _next = index + 1;
        _schedules = schedules;
        _steps = steps;
        if (RecordAll && schedule is not null && index + 1 > (_resume?.HighestSequenceNumber ?? 0))
        {
            var payload = ScheduleCodec.Encode(schedule.ToText());
            _pending.Add(new JournalEvent(ScheduleCodec.PersistenceId(RunId), index + 1, ScheduleCodec.Manifest, payload, ["schedule"], _writer)
            {
                Created = TimeProvider.System.GetUtcNow(),
            });
            RecordedSchedules++;
            RecordedBytes += payload.Length;
            if (_pending.Count >= AppendBatch)
            {
                Flush();
            }
        }

        if (_checkpointDue || _next % CheckpointInterval == 0)
        {
            Checkpoint();
        }
    }

    /// <summary>Ends the run: the final checkpoint and the summary.</summary>
    /// <param name="report">The report of this process's part of the exploration.</param>
    /// <returns>What to print.</returns>
    public JournalJson Complete(ExplorationReport report)
    {
        if (_schedules < report.Schedules)
        {
            // Explored without the observer (several workers): the report is all there is.
            _schedules = report.Schedules;
            _steps = report.Deliveries;
            _next = report.Schedules;
            foreach (var found in report.Violations)
            {
                OnViolation(found);
            }
        }

        Checkpoint();
        var coverage = CoverageJson.From(report.Coverage) is { } covered ? CliJson.ToText(covered) : null;
        var summary = new RunSummary(TotalSchedules, TotalSteps, report.Exhaustive, ViolationIds.Count, TimeProvider.System.GetUtcNow(), coverage);
        _journal.CompleteRunAsync(RunId, summary, CancellationToken.None).GetAwaiter().GetResult();
        return new JournalJson { Journal = _journal.Description, RunId = RunId, ViolationIds = ViolationIds };
    }

    /// <summary>The journal id of the violation found at <paramref name="scheduleIndex"/>, or null if it was not journaled.</summary>
    public long? JournalIdOf(int scheduleIndex, string violationId) =>
        _journalIds.TryGetValue((scheduleIndex, violationId), out var id) ? id : null;

    /// <summary>The average payload of a recorded schedule, or 0 when none was recorded.</summary>
    public double BytesPerSchedule => RecordedSchedules == 0 ? 0 : (double)RecordedBytes / RecordedSchedules;

    /// <summary>One text line about <c>--record-all</c>.</summary>
    public string RecordAllLine() => string.Create(
        CultureInfo.InvariantCulture,
        $"  recorded        {RecordedSchedules} schedules in {ScheduleCodec.PersistenceId(RunId)}, {RecordedBytes} bytes ({BytesPerSchedule:0.0} bytes per schedule, deflated text)");

    private void Checkpoint()
    {
        Flush();
        _checkpointDue = false;
        // The resume token: the next schedule index, and for dfs the search frontier (RunResume reads it back).
        var token = _next.ToString(CultureInfo.InvariantCulture) + (_dfs is null ? string.Empty : " " + _dfs.Frontier);
        var progress = new RunProgress(TotalSchedules, TotalSteps, token);
        _journal.CheckpointAsync(RunId, progress, CancellationToken.None).GetAwaiter().GetResult();
        if (_progress is not null)
        {
            _progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"checkpoint: {TotalSchedules} schedules"));
            _progress.Flush();
        }
    }

    private void Flush()
    {
        if (_pending.Count > 0)
        {
            _journal.AppendAsync([.. _pending], CancellationToken.None).GetAwaiter().GetResult();
            _pending.Clear();
        }
    }
}
