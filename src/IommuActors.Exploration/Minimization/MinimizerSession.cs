using System.Collections.Immutable;
using IommuActors.Runtime.Scheduling;

namespace IommuActors.Exploration.Minimization;

/// <summary>
/// The state of one minimisation: the best schedule so far and the run budget. A candidate is accepted only when its
/// lenient run ends in the same violation, the recorded schedule is smaller (fewer steps, then fewer preemptions),
/// and that recorded schedule replays strictly to the same violation; the recorded schedule becomes the new best.
/// </summary>
internal sealed class MinimizerSession
{
    private readonly ActorProgram _program;
    private readonly MinimizationOptions _options;
    private readonly HashSet<ulong> _tried = [];

    public MinimizerSession(ActorProgram program, string violationId, Schedule original, MinimizationOptions options)
    {
        _program = program;
        _options = options;
        ViolationId = violationId;
        Current = original;
        _tried.Add(original.Hash);
    }

    public string ViolationId { get; }

    public Schedule Current { get; private set; }

    public int Runs { get; private set; }

    public bool OutOfBudget => Runs >= _options.MaxRuns;

    /// <summary>
    /// Offers each block of <see cref="Current"/> from <paramref name="first"/> on to <paramref name="attempt"/>
    /// (schedule, its blocks, block index; true when a smaller candidate was accepted). After an acceptance it starts
    /// over on the new, smaller schedule; it stops when a whole pass accepts nothing or the budget is spent.
    /// </summary>
    /// <returns>True when anything was accepted.</returns>
    public bool BlockByBlock(int first, Func<Schedule, List<StepBlocks.Block>, int, bool> attempt)
    {
        var improved = false;
        var restart = true;
        while (restart && !OutOfBudget)
        {
            restart = false;
            var schedule = Current;
            var blocks = StepBlocks.Split(schedule);
            for (var i = first; i < blocks.Count && !restart && !OutOfBudget; i++)
            {
                restart = attempt(schedule, blocks, i);
            }

            improved |= restart;
        }

        return improved;
    }

    /// <summary>Runs a candidate; true when it was accepted (then <see cref="Current"/> changed).</summary>
    public bool Try(IEnumerable<ScheduleStep> steps)
    {
        var candidate = new Schedule([.. steps]);
        if (OutOfBudget || !_tried.Add(candidate.Hash))
        {
            return false;
        }

        Runs++;
        var run = Guarded(() => LenientReplay.Run(_program, candidate, _options.MaxSteps));
        if (run?.Violation?.Id != ViolationId || !Smaller(run.Schedule, Current) || OutOfBudget)
        {
            return false;
        }

        Runs++;
        var recorded = run.Schedule;
        var replay = Guarded(() => TestingEngine.Replay(_program, recorded, _options.MaxSteps));
        if (replay is not { Followed: true } || replay.Run!.Violation?.Id != ViolationId)
        {
            return false;
        }

        _tried.Add(recorded.Hash);
        Current = recorded;
        return true;
    }

    /// <summary>Tries the current schedule with <paramref name="count"/> steps from <paramref name="start"/> left out.</summary>
    public bool TryWithout(int start, int count)
    {
        var steps = Current.Steps;
        return Try(Without(steps, start, count));
    }

    private static IEnumerable<ScheduleStep> Without(ImmutableArray<ScheduleStep> steps, int start, int count)
    {
        for (var i = 0; i < steps.Length; i++)
        {
            if (i < start || i >= start + count)
            {
                yield return steps[i];
            }
        }
    }

    /// <summary>
    /// Runs a candidate; an exception (a control exception, or an invariant check that throws on an order the
    /// exploration never produced) only rejects the candidate.
    /// </summary>
    private static T? Guarded<T>(Func<T> run)
        where T : class
    {
        try
        {
            return run();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return null;
        }
    }

    private static bool Smaller(Schedule candidate, Schedule best) =>
        candidate.Count < best.Count
        || (candidate.Count == best.Count && ScheduleMetrics.Preemptions(candidate) < ScheduleMetrics.Preemptions(best));
}
