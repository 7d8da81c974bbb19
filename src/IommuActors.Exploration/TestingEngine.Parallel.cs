using IommuActors.Exploration.Strategies;
using IommuActors.Runtime;

namespace IommuActors.Exploration;

/// <summary>
/// Seed-partitioned parallel exploration for the random family: schedule i is fully determined by (seed, i), so
/// worker w runs the schedules i ≡ w (mod workers) and the merged report equals a single worker's.
/// </summary>
public static partial class TestingEngine
{
    /// <summary>Explores with <paramref name="workers"/> threads (0: one per core).</summary>
    /// <param name="program">The program.</param>
    /// <param name="strategyFactory">Creates one strategy per worker; schedule i must depend only on the seed and i.</param>
    /// <param name="options">The options.</param>
    /// <param name="workers">Worker threads.</param>
    /// <returns>The report, identical to the single-worker report's schedules, violations and counts.</returns>
    public static ExplorationReport ExploreParallel(ActorProgram program, Func<IExplorationStrategy> strategyFactory, ExplorationOptions options, int workers)
    {
        ArgumentNullException.ThrowIfNull(strategyFactory);
        options.Validate();
        workers = workers > 0 ? workers : Environment.ProcessorCount;
        var outcomes = new ScheduleOutcome?[options.Iterations];
        var firstViolation = int.MaxValue;
        var description = string.Empty;
        var threads = new Thread[workers];
        Exception? failure = null;
        for (var w = 0; w < workers; w++)
        {
            var worker = w;
            threads[w] = new Thread(() =>
            {
                try
                {
                    var strategy = strategyFactory();
                    description = strategy.Description;
                    for (var i = worker; i < options.Iterations && i <= Volatile.Read(ref firstViolation); i += workers)
                    {
                        strategy.PrepareIteration(i);
                        var system = ActorSystem.Create(program.Name, new ActorSystemSettings { Strategy = strategy });
                        var result = Execute(program, system, options.MaxSteps);
                        strategy.CompleteIteration(result.Outcome == RunOutcome.StepBound);
                        var seed = strategy is ISeededExplorationStrategy r ? r.IterationSeed : 0UL;
                        outcomes[i] = new ScheduleOutcome(result, result.Violation is null ? null : system, seed);
                        if (result.Violation is null)
                        {
                            system.Recycle();
                        }

                        if (result.Violation is not null && options.StopOnFirstViolation)
                        {
                            InterlockedMin(ref firstViolation, i);
                        }
                    }
                }
                catch (Exception ex)
                {
                    failure ??= ex;
                }
            })
            { IsBackground = true, Name = $"explore-{w}" };
            threads[w].Start();
        }

        foreach (var thread in threads)
        {
            thread.Join();
        }

        if (failure is not null)
        {
            throw new InvalidOperationException($"a worker failed: {failure.Message}", failure);
        }

        return Merge(program, options, outcomes, firstViolation, description);
    }

    /// <summary>Schedules 0..last in index order, exactly as one worker would have reported them.</summary>
    private static ExplorationReport Merge(ActorProgram program, ExplorationOptions options, ScheduleOutcome?[] outcomes, int firstViolation, string description)
    {
        var last = options.StopOnFirstViolation && firstViolation != int.MaxValue ? firstViolation : options.Iterations - 1;
        var found = new List<FoundViolation>();
        var cutOff = 0;
        long deliveries = 0;
        for (var i = 0; i <= last; i++)
        {
            var outcome = outcomes[i] ?? throw new InvalidOperationException($"schedule {i} was not explored");
            deliveries += outcome.Result.Deliveries;
            cutOff += outcome.Result.Outcome == RunOutcome.StepBound ? 1 : 0;
            if (outcome.Result.Violation is { } violation)
            {
                found.Add(Minimize(program, options, Confirm(program, options, outcome.System!, violation, i, outcome.Seed), found));
            }
        }

        return new ExplorationReport(program.Name, description, options.Seed, last + 1, deliveries, false, options.MaxSteps, cutOff, found);
    }

    private static void InterlockedMin(ref int target, int value)
    {
        int current;
        while (value < (current = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }

    private sealed record ScheduleOutcome(RunResult Result, ActorSystem? System, ulong Seed);
}
