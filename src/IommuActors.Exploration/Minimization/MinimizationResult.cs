using IommuActors.Runtime.Scheduling;

namespace IommuActors.Exploration.Minimization;

/// <summary>What minimising a violating schedule gave.</summary>
/// <param name="ViolationId">The violation both schedules end in.</param>
/// <param name="Original">The schedule minimisation started from.</param>
/// <param name="Schedule">
/// The smallest schedule found: recorded by a run, so it replays exactly with <see cref="TestingEngine.Replay"/>, and
/// verified to end in <paramref name="ViolationId"/>. It is <paramref name="Original"/> when nothing smaller was found.
/// </param>
/// <param name="Runs">Runs spent (lenient candidates plus strict verifications).</param>
/// <param name="BudgetExhausted">True when the run budget ended the search before a fixed point.</param>
public sealed record MinimizationResult(string ViolationId, Schedule Original, Schedule Schedule, int Runs, bool BudgetExhausted)
{
    /// <summary>Gets the number of steps of the original schedule.</summary>
    public int OriginalSteps => Original.Count;

    /// <summary>Gets the number of steps of the minimised schedule.</summary>
    public int MinimizedSteps => Schedule.Count;

    /// <summary>Gets the preemptions (adjacent steps with different receivers) of the original schedule.</summary>
    public int OriginalPreemptions => ScheduleMetrics.Preemptions(Original);

    /// <summary>Gets the preemptions of the minimised schedule.</summary>
    public int MinimizedPreemptions => ScheduleMetrics.Preemptions(Schedule);
}
