using IommuActors.Exploration.Strategies;
using IommuActors.Runtime;

namespace IommuActors.Exploration;

/// <summary>Real-thread runs and their conversion into controlled, replayable schedules.</summary>
public static partial class TestingEngine
{
    /// <summary>
    /// Runs <paramref name="program"/> once on real threads until quiescence, then checks the quiescence invariants.
    /// Per-step invariants need the controlled dispatcher: convert the run with <see cref="ToControlled"/>.
    /// </summary>
    /// <param name="program">The program.</param>
    /// <param name="workers">Worker threads; 0 means one per core.</param>
    /// <param name="seed">Seed of the data choices.</param>
    /// <param name="maxDeliveries">Bound on handler runs.</param>
    /// <returns>The run with its receive log.</returns>
    public static ConcurrentRunRecord RunConcurrent(ActorProgram program, int workers, ulong seed, long maxDeliveries = long.MaxValue)
    {
        var settings = new ActorSystemSettings { Dispatcher = DispatcherKind.Concurrent, Workers = workers, Seed = seed, MaxDeliveries = maxDeliveries };
        using var system = ActorSystem.Create(program.Name, settings);
        program.Setup(system);
        var result = system.AwaitQuiescence();
        if (result.Outcome == RunOutcome.Quiescent)
        {
            Check(system, program.Invariants.Where(v => v.Scope == InvariantScope.AtQuiescence));
        }

        var violation = system.Violation;
        var outcome = violation is not null ? RunOutcome.Violation : result.Outcome;
        var used = workers > 0 ? workers : Environment.ProcessorCount;
        return new ConcurrentRunRecord(outcome, violation, result.Deliveries, used, system.ComputeStateHash(), system.ReceiveLog())
        {
            SharedOrder = system.SharedOrder(),
        };
    }

    /// <summary>
    /// Turns a concurrent run into a controlled schedule: the controlled run delivers, for every actor, exactly the
    /// messages it received on real threads in the same order, takes the same data choices, and runs the handlers
    /// that touched shared emulated state in the order they took the shared-state lock. The returned
    /// schedule replays deterministically with <see cref="Replay"/>.
    /// </summary>
    /// <param name="program">The program the concurrent run executed.</param>
    /// <param name="run">The concurrent run.</param>
    /// <param name="maxSteps">The step bound.</param>
    /// <returns>The controlled run, or where the receive log could not be followed.</returns>
    public static ReplayResult ToControlled(ActorProgram program, ConcurrentRunRecord run, int maxSteps = int.MaxValue)
    {
        var strategy = new ReceiveOrderStrategy(run.ReceiveLog, run.SharedOrder);
        var system = ActorSystem.Create(program.Name, new ActorSystemSettings { Strategy = strategy });
        try
        {
            program.Setup(system);
            var always = program.Invariants.Where(v => v.Scope == InvariantScope.AfterEachStep).ToArray();
            // After the last logged receive, the messages it unstashed are still delivered (on real threads they were part of its step).
            while (system.Violation is null && system.Deliveries < maxSteps && (!strategy.Consumed || system.HasForcedSteps) && system.Step())
            {
                Check(system, always);
            }

            if (system.Violation is null && system.IsQuiescent)
            {
                Check(system, program.Invariants.Where(v => v.Scope == InvariantScope.AtQuiescence));
            }

            return new ReplayResult(Record(system, system.Result()), null);
        }
        catch (ScheduleDivergenceException ex)
        {
            return new ReplayResult(null, ex.Divergence);
        }
    }
}
