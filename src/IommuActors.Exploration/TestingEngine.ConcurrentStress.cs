using IommuActors.Runtime;
using IommuActors.Runtime.Scheduling;

namespace IommuActors.Exploration;

/// <summary>Stress on real threads: every run is rebuilt as a controlled schedule, and violations are confirmed on that schedule.</summary>
public static partial class TestingEngine
{
    /// <summary>
    /// Runs <paramref name="program"/> on real threads, run after run (schedule i uses data-choice seed
    /// <c>Derive(Seed, i)</c>), until the iteration budget or <see cref="ExplorationOptions.ShouldStop"/> ends it. Each
    /// run's observed interleaving is rebuilt as a controlled schedule (<see cref="ToControlled"/>), which checks the
    /// per-step invariants too; a violation is replayed twice from that schedule, minimised like any other, and handed
    /// to the observer, so that <see cref="Replay"/> reproduces it deterministically. A run whose rebuild diverges is
    /// reported with the verdict <see cref="ReplayVerdict.UncontrolledNondeterminism"/>.
    /// </summary>
    /// <param name="program">The program.</param>
    /// <param name="options">Budget, seed, step bound, replay check, minimisation and observer (the strategy is not used).</param>
    /// <param name="threads">Real worker threads per run (0: one per core).</param>
    /// <returns>The report; its schedules are the controlled rebuilds.</returns>
    public static ExplorationReport ExploreConcurrent(ActorProgram program, ExplorationOptions options, int threads)
    {
        options.Validate();
        var found = new List<FoundViolation>();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var schedules = 0;
        long deliveries = 0;
        var cutOff = 0;
        for (var i = options.StartAt; i < options.Iterations && options.ShouldStop?.Invoke() != true; i++)
        {
            var seed = DeterministicRandom.Derive(options.Seed, i);
            var run = RunConcurrent(program, threads, seed, options.MaxSteps);
            var controlled = ToControlled(program, run, options.MaxSteps);
            schedules++;
            deliveries += run.Deliveries;
            cutOff += run.Outcome == RunOutcome.StepBound ? 1 : 0;
            var id = controlled.Followed ? controlled.Run!.Violation?.Id : run.Violation?.Id ?? "uncontrolled-nondeterminism";
            if (id is not null && Keep(options, counts, id) && Observed(program, options, run, controlled, i, seed, found) is { } violation)
            {
                found.Add(violation);
                options.Observer?.OnViolation(violation);
            }

            var wants = options.Observer?.WantsSchedules == true;
            options.Observer?.OnScheduleCompleted(i, schedules, deliveries, wants ? controlled.Run?.Schedule : null);
            if (found.Count > 0 && options.StopOnFirstViolation)
            {
                break;
            }
        }

        return new ExplorationReport(program.Name, "concurrent", options.Seed, schedules, deliveries, false, options.MaxSteps, cutOff, found) { ViolationCounts = counts };
    }

    private static FoundViolation? Observed(ActorProgram program, ExplorationOptions options, ConcurrentRunRecord run, ReplayResult controlled, int index, ulong seed, List<FoundViolation> earlier)
    {
        if (!controlled.Followed)
        {
            var step = controlled.Divergence?.Step ?? 0;
            var violation = run.Violation ?? new Violation("uncontrolled-nondeterminism", "the real-thread run could not be rebuilt as a controlled schedule", step, null);
            return new FoundViolation(violation, index, seed, Schedule.Empty, run.StateHash, ReplayVerdict.UncontrolledNondeterminism, controlled.Divergence?.ToString());
        }

        var rebuilt = controlled.Run!;
        if (rebuilt.Violation is not { } found)
        {
            return null;
        }

        var confirmed = ConfirmSchedule(program, options, rebuilt, found, index, seed);
        return Minimize(program, options, confirmed, earlier);
    }

    /// <summary>Replays a rebuilt schedule twice; both must end in the same violation and state.</summary>
    private static FoundViolation ConfirmSchedule(ActorProgram program, ExplorationOptions options, RunRecord original, Violation violation, int index, ulong seed)
    {
        if (!options.ReplayCheck)
        {
            return new FoundViolation(violation, index, seed, original.Schedule, original.StateHash, ReplayVerdict.NotChecked, null);
        }

        for (var attempt = 0; attempt < 2; attempt++)
        {
            var replay = Replay(program, original.Schedule, options.MaxSteps);
            var problem = replay.Divergence?.ToString()
                ?? (replay.Run!.Violation?.Id != violation.Id ? $"replay ended with {replay.Run.Violation?.Id ?? "no violation"} instead of {violation.Id}"
                : replay.Run.StateHash != original.StateHash ? "replay reached a different final state"
                : null);
            if (problem is not null)
            {
                return new FoundViolation(violation, index, seed, original.Schedule, original.StateHash, ReplayVerdict.UncontrolledNondeterminism, problem);
            }
        }

        return new FoundViolation(violation, index, seed, original.Schedule, original.StateHash, ReplayVerdict.Reproduced, null);
    }
}
