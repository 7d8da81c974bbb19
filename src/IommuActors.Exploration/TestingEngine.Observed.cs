using IommuActors.Exploration.Coverage;
using IommuActors.Exploration.Strategies;
using IommuActors.Runtime;
using IommuActors.Runtime.Scheduling;

namespace IommuActors.Exploration;

/// <summary>
/// Seed-partitioned parallel exploration that still reports to an <see cref="IExplorationObserver"/> in schedule
/// order and can start at a later schedule. Long-lived workers claim chunks of schedule indices in increasing
/// order and publish each finished chunk; the calling thread merges the chunks in index order (confirming and
/// minimising violations, telling the observer) while the workers run ahead by at most a few chunks.
/// </summary>
public static partial class TestingEngine
{
    /// <summary>Schedules per chunk: the observer hears about a chunk's schedules once the whole chunk is explored.</summary>
    public const int ObservedChunk = 256;

    /// <summary>Chunks each worker may run ahead of the merge (bounds the outcomes held in memory).</summary>
    private const int ChunksAheadPerWorker = 4;

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
        var pipeline = new ChunkPipeline(program, options, (options.Iterations - options.StartAt + ObservedChunk - 1) / ObservedChunk, workers);
        // Coverage: one collector per worker (collectors are single-threaded), merged when the workers are done.
        var collectors = options.Coverage ? Enumerable.Range(0, workers).Select(_ => new CoverageCollector()).ToArray() : null;
        pipeline.Collectors = collectors;
        var threads = Enumerable.Range(0, workers)
            .Select(w => new Thread(() => pipeline.Work(strategies[w], collectors?[w].Instrument(program) ?? program)) { IsBackground = true, Name = $"explore-{w}" })
            .ToArray();
        foreach (var thread in threads)
        {
            thread.Start();
        }

        try
        {
            var report = pipeline.Merge();
            pipeline.Stop();
            foreach (var thread in threads)
            {
                thread.Join();
            }

            return report with { Strategy = strategies[0].Description, Coverage = collectors is null ? null : CoverageCollector.Merge(collectors) };
        }
        finally
        {
            pipeline.Stop();
            foreach (var thread in threads)
            {
                thread.Join();
            }
        }
    }

    private sealed record ObservedOutcome(RunResult Result, ActorSystem? System, ulong Seed, Schedule? Schedule);

    /// <summary>Chunks claimed by workers in index order, published under one lock and merged in order.</summary>
    private sealed class ChunkPipeline(ActorProgram program, ExplorationOptions options, int chunks, int workers)
    {
        private readonly object _gate = new();
        private readonly Dictionary<int, ObservedOutcome?[]> _ready = [];
        private readonly SemaphoreSlim _slots = new(workers * ChunksAheadPerWorker);
        private readonly bool _wantsSchedules = options.Observer?.WantsSchedules == true;
        private int _claimed = -1;
        private int _stopped;
        private int _budgetEnd = int.MaxValue;
        private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
        private Exception? _failure;

        public CoverageCollector[]? Collectors { get; set; }

        public void Work(IExplorationStrategy strategy, ActorProgram run)
        {
            try
            {
                while (true)
                {
                    _slots.Wait();
                    var chunk = Interlocked.Increment(ref _claimed);
                    if (Volatile.Read(ref _stopped) == 0 && chunk < chunks && options.ShouldStop?.Invoke() == true)
                    {
                        OutOfBudget(chunk);
                    }

                    if (Volatile.Read(ref _stopped) != 0 || chunk >= chunks || chunk >= Volatile.Read(ref _budgetEnd))
                    {
                        _slots.Release();
                        return;
                    }

                    var outcomes = Explore(strategy, run, chunk);
                    lock (_gate)
                    {
                        _ready[chunk] = outcomes;
                        Monitor.PulseAll(_gate);
                    }
                }
            }
            catch (Exception ex)
            {
                lock (_gate)
                {
                    _failure ??= ex;
                    Monitor.PulseAll(_gate);
                }
            }
        }

        public ExplorationReport Merge()
        {
            var observer = options.Observer;
            var found = new List<FoundViolation>();
            var schedules = 0;
            var cutOff = 0;
            long deliveries = 0;
            for (var chunk = 0; chunk < chunks; chunk++)
            {
                if (Take(chunk) is not { } outcomes)
                {
                    break; // out of budget: no worker explores this chunk
                }

                var first = options.StartAt + (chunk * ObservedChunk);
                for (var k = 0; k < outcomes.Length; k++)
                {
                    var i = first + k;
                    var outcome = outcomes[k] ?? throw new InvalidOperationException($"schedule {i} was not explored");
                    schedules++;
                    deliveries += outcome.Result.Deliveries;
                    cutOff += outcome.Result.Outcome == RunOutcome.StepBound ? 1 : 0;
                    if (outcome.Result.Violation is { } violation && Keep(options, _counts, violation.Id))
                    {
                        found.Add(Minimize(program, options, Confirm(program, options, outcome.System!, violation, i, outcome.Seed), found));
                        observer?.OnViolation(found[^1]);
                    }

                    observer?.OnScheduleCompleted(i, schedules, deliveries, outcome.Schedule);
                    if (Collectors is { } live && observer is not null && schedules % IExplorationObserver.CoverageEvery == 0)
                    {
                        // A lower bound while the workers run (the best single worker); the report gets the exact union.
                        observer.OnCoverage(live.Max(c => c.CoveredCount), live.Max(c => c.KnownCount));
                    }

                    if (outcome.Result.Violation is not null && options.StopOnFirstViolation)
                    {
                        return Report(schedules, deliveries, cutOff, found);
                    }
                }

                _slots.Release();
            }

            return Report(schedules, deliveries, cutOff, found);
        }

        /// <summary>Stops the workers: none claims another chunk, and one waiting for a slot wakes and leaves.</summary>
        public void Stop()
        {
            Volatile.Write(ref _stopped, 1);
            _slots.Release(workers);
        }

        private ObservedOutcome?[] Explore(IExplorationStrategy strategy, ActorProgram run, int chunk)
        {
            var first = options.StartAt + (chunk * ObservedChunk);
            var end = Math.Min(options.Iterations, first + ObservedChunk);
            var outcomes = new ObservedOutcome?[end - first];
            for (var i = first; i < end && Volatile.Read(ref _stopped) == 0; i++)
            {
                strategy.PrepareIteration(i);
                var system = ActorSystem.Create(program.Name, new ActorSystemSettings { Strategy = strategy });
                var result = Execute(run, system, options.MaxSteps);
                strategy.CompleteIteration(result.Outcome == RunOutcome.StepBound);
                var seed = strategy is ISeededExplorationStrategy r ? r.IterationSeed : 0UL;
                outcomes[i - first] = new ObservedOutcome(result, result.Violation is null ? null : system, seed, _wantsSchedules ? system.RecordedSchedule() : null);
                if (result.Violation is null)
                {
                    system.Recycle();
                }

            }

            return outcomes;
        }

        private ObservedOutcome?[]? Take(int chunk)
        {
            lock (_gate)
            {
                ObservedOutcome?[]? outcomes;
                while (!_ready.Remove(chunk, out outcomes) && _failure is null && chunk < _budgetEnd)
                {
                    Monitor.Wait(_gate);
                }

                return outcomes ?? (_failure is null ? null : throw new InvalidOperationException($"a worker failed: {_failure.Message}", _failure));
            }
        }

        /// <summary>The budget ran out when <paramref name="chunk"/> was claimed: it and later chunks are not explored.</summary>
        private void OutOfBudget(int chunk)
        {
            lock (_gate)
            {
                _budgetEnd = Math.Min(_budgetEnd, chunk);
                Monitor.PulseAll(_gate);
            }
        }

        private ExplorationReport Report(int schedules, long deliveries, int cutOff, List<FoundViolation> found) =>
            new(program.Name, string.Empty, options.Seed, schedules, deliveries, false, options.MaxSteps, cutOff, found) { ViolationCounts = _counts };
    }
}
