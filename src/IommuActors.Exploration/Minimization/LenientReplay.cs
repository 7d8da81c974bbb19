using IommuActors.Runtime;
using IommuActors.Runtime.Scheduling;

namespace IommuActors.Exploration.Minimization;

/// <summary>Runs a program under a <see cref="LenientReplayStrategy"/> and records what actually happened.</summary>
public static class LenientReplay
{
    /// <summary>
    /// Follows <paramref name="candidate"/> leniently, then completes the run deterministically until a violation,
    /// quiescence or the step bound. The recorded schedule of the result replays exactly with <see cref="TestingEngine.Replay"/>.
    /// </summary>
    /// <param name="program">The program.</param>
    /// <param name="candidate">The candidate schedule.</param>
    /// <param name="maxSteps">The step bound.</param>
    /// <returns>The run, with its recorded schedule.</returns>
    public static RunRecord Run(ActorProgram program, Schedule candidate, int maxSteps)
    {
        ArgumentNullException.ThrowIfNull(program);
        ArgumentNullException.ThrowIfNull(candidate);
        var system = ActorSystem.Create(program.Name, new ActorSystemSettings { Strategy = new LenientReplayStrategy(candidate) });
        var result = TestingEngine.Execute(program, system, maxSteps);
        return new RunRecord(result.Outcome, result.Violation, system.RecordedSchedule(), result.Deliveries, system.ComputeStateHash(), system.Crashes);
    }
}
