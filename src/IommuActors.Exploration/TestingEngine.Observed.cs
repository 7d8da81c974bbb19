using IommuActors.Exploration.Strategies;
using IommuActors.Runtime;
using IommuActors.Runtime.Scheduling;

namespace IommuActors.Exploration;

/// <summary>
/// Seed-partitioned parallel exploration that still reports to an <see cref="IExplorationObserver"/> in schedule
/// order and can start at a later schedule: schedules are explored in chunks, each chunk split over the workers
/// and then merged (violations confirmed and minimised) in index order before the next chunk starts.
/// </summary>
public static partial class TestingEngine
{
    /// <summary>Schedules per chunk: the observer hears about a chunk's schedules once the whole chunk is explored.</summary>
    public const int ObservedChunk = 100;

    /// <summary>Explores schedules <c>StartAt .. Iterations - 1</c> with <paramref name="workers"/> threads, telling the options' observer in index order.</summary>
    /// <param name="program">The program.</param>
    /// <param name="strategyFactory">Creates one strategy per worker; schedule i must depend only on the seed and i.</param>
    /// <param name="options">The options.</param>
    /// <param name="workers">Worker threads (0: one per core).</param>
    /// <returns>The report of the schedules explored, identical to one worker's over the same range.</returns>
    public static ExplorationReport ExploreParallelObserved(ActorProgram program, Func<IExplorationStrategy> strategyFactory, ExplorationOptions options, int workers)
    {
        ArgumentNullException.ThrowIfNull(strategyFactory);
        options.Validate();
        workers = workers > 0 ? workers : Environment.ProcessorCount;
        var strategies = Enumerable.Range(0, workers).Select(_ => strategyFactory()).ToArray();
        var observer = options.Observer;
        var wantsSchedules = observer?.WantsSchedules == true;
        var found = new List<FoundViolation>();
        var schedules = 0;
        var cutOff = 0;
        long deliveries = 0;
        var stopped = false;
        for (var start = options.StartAt; start < options.Iterations && !stopped; start += ObservedChunk)
        {
            var end = Math.Min(options.Iterations, start + ObservedChunk);
            var outcomes = new ObservedOutcome?[end - start];
            var first = start;
            Exception? failure = null;
            var threads = Enumerable.Range(0, workers).Select(w => new Thread(() =>
            {
                try
                {
                    var strategy = strategies[w];
                    for (var i = first + w; i < end; i += workers)
                    {
                        strategy.PrepareIteration(i);
                        var system = ActorSystem.Create(program.Name, new ActorSystemSettings { Strategy = strategy });
                        var result = Execute(program, system, options.MaxSteps);
                        strategy.CompleteIteration(result.Outcome == RunOutcome.StepBound);
                        var seed = strategy is ISeededExplorationStrategy r ? r.IterationSeed : 0UL;
                        outcomes[i - first] = new ObservedOutcome(result, result.Violation is null ? null : system, seed, wantsSchedules ? system.RecordedSchedule() : null);
                    }
                }
                catch (Exception ex)
                {
                    failure ??= ex;
                }
            })
            { IsBackground = true, Name = $"explore-{w}" }).ToArray();
            foreach (var thread in threads)
            {
                thread.Start();
            }

            foreach (var thread in threads)
            {
                thread.Join();
            }

            if (failure is not null)
            {
                throw new InvalidOperationException($"a worker failed: {failure.Message}", failure);
            }

            for (var i = start; i < end; i++)
            {
                var outcome = outcomes[i - start] ?? throw new InvalidOperationException($"schedule {i} was not explored");
                schedules++;
                deliveries += outcome.Result.Deliveries;
                cutOff += outcome.Result.Outcome == RunOutcome.StepBound ? 1 : 0;
                if (outcome.Result.Violation is { } violation)
                {
                    found.Add(Minimize(program, options, Confirm(program, options, outcome.System!, violation, i, outcome.Seed), found));
                    observer?.OnViolation(found[^1]);
                }

                observer?.OnScheduleCompleted(i, schedules, deliveries, outcome.Schedule);
                if (outcome.Result.Violation is not null && options.StopOnFirstViolation)
                {
                    stopped = true;
                    break;
                }
            }
        }

        return new ExplorationReport(program.Name, strategies[0].Description, options.Seed, schedules, deliveries, false, options.MaxSteps, cutOff, found);
    }

    private sealed record ObservedOutcome(RunResult Result, ActorSystem? System, ulong Seed, Schedule? Schedule);
}
