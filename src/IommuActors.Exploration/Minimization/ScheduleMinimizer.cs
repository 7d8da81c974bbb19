using IommuActors.Runtime.Scheduling;

namespace IommuActors.Exploration.Minimization;

/// <summary>
/// Shrinks a violating schedule, DEMi-style and deterministically: candidates are replayed leniently
/// (<see cref="LenientReplayStrategy"/>), and the passes ddmin over the steps, dropping environment events and
/// moving steps to cut preemptions repeat until none helps or the run budget is spent. Every accepted schedule is
/// the one a run recorded and has been replayed strictly to the same violation.
/// </summary>
public static class ScheduleMinimizer
{
    /// <summary>Minimises <paramref name="schedule"/>, which must end in violation <paramref name="violationId"/>.</summary>
    /// <param name="program">The program.</param>
    /// <param name="schedule">The violating schedule.</param>
    /// <param name="violationId">The id of its violation.</param>
    /// <param name="options">Budget, step bound and passes; null for <see cref="MinimizationOptions.Default"/>.</param>
    /// <returns>The result; its schedule is the original when nothing smaller was found.</returns>
    public static MinimizationResult Minimize(ActorProgram program, Schedule schedule, string violationId, MinimizationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(program);
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentException.ThrowIfNullOrEmpty(violationId);
        options ??= MinimizationOptions.Default;
        var session = new MinimizerSession(program, violationId, schedule, options);
        var improved = true;
        while (improved && !session.OutOfBudget)
        {
            improved = false;
            if (options.DeltaDebugging)
            {
                improved |= DeltaDebugging.Run(session);
            }

            if (options.DropEnvironmentEvents)
            {
                improved |= EnvironmentEventDropping.Run(session);
            }

            if (options.ReducePreemptions)
            {
                improved |= PreemptionReduction.Run(session);
            }
        }

        return new MinimizationResult(violationId, schedule, session.Current, session.Runs, session.OutOfBudget);
    }
}
