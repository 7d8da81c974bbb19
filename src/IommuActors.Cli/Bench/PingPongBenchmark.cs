using System.Diagnostics;
using IommuActors.Exploration;
using IommuActors.Exploration.Strategies;
using IommuActors.Runtime;
using IommuActors.Runtime.Scheduling;
using IommuActors.TestKit.Toys;

namespace IommuActors.Cli.Bench;

/// <summary>
/// Times the ping-pong workload. Controlled runs mirror <see cref="TestingEngine.Explore(ActorProgram, ExplorationOptions)"/>
/// without invariant checks or hashing: a fresh system per schedule, stepped by <see cref="ActorSystem.Run"/>.
/// </summary>
internal static class PingPongBenchmark
{
    /// <summary>At most this many schedules (or concurrent runs) are run untimed first, so the JIT has settled.</summary>
    public const int MaxWarmupSchedules = 1000;

    /// <summary>Runs the benchmark.</summary>
    /// <param name="request">What to measure.</param>
    /// <returns>The timed result.</returns>
    public static BenchResult Run(PingPongRequest request)
    {
        var program = request.Workload == BenchChoices.SendersWorkload
            ? Senders.Program(request.Pairs, request.Rounds)
            : PingPong.Program(request.Pairs, request.Rounds);
        Func<int, BenchCounts> batch = request.Dispatcher == BenchChoices.Concurrent
            ? count => ConcurrentBench.Run(program, count, request)
            : request.Strategy switch
            {
                BenchChoices.Replay => Replay(program, Record(program, request), request.MaxSteps),
                BenchChoices.Dfs => count => Explore(program, new DfsStrategy(), count, request.MaxSteps),
                BenchChoices.Pct => count => Explore(program, new PctStrategy(request.Seed), count, request.MaxSteps),
                BenchChoices.Dpor => count => Explore(program, new Exploration.Dpor.DporStrategy(), count, request.MaxSteps),
                _ when request.Threads > 1 => count => ExploreRandomParallel(program, request, count),
                _ => count => Explore(program, new RandomExplorationStrategy(request.Seed), count, request.MaxSteps),
            };

        var warmup = Math.Min(request.Iterations, MaxWarmupSchedules);
        _ = batch(warmup);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var gen0Before = GC.CollectionCount(0);
        var gen2Before = GC.CollectionCount(2);
        var stopwatch = Stopwatch.StartNew();
        var counts = batch(request.Iterations);
        stopwatch.Stop();
        var memory = new BenchMemory(
            GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore,
            GC.CollectionCount(0) - gen0Before,
            GC.CollectionCount(2) - gen2Before);
        return new BenchResult(request, counts, warmup, stopwatch.Elapsed) { Memory = memory };
    }

    private static BenchCounts Explore(ActorProgram program, IExplorationStrategy strategy, int iterations, int maxSteps)
    {
        var schedules = 0;
        var cutOff = 0;
        long steps = 0;
        for (var i = 0; i < iterations && strategy.PrepareIteration(i); i++)
        {
            var result = RunSchedule(program, strategy, maxSteps);
            var hitBound = result.Outcome == RunOutcome.StepBound;
            strategy.CompleteIteration(hitBound);
            schedules++;
            steps += result.Deliveries;
            cutOff += hitBound ? 1 : 0;
        }

        return new BenchCounts(schedules, steps, cutOff);
    }

    /// <summary>Seed-partitioned random schedules on <see cref="PingPongRequest.Threads"/> threads (schedule i depends only on the seed and i).</summary>
    private static BenchCounts ExploreRandomParallel(ActorProgram program, PingPongRequest request, int iterations)
    {
        var threads = request.Threads;
        var parts = new BenchCounts[threads];
        var workers = Enumerable.Range(0, threads).Select(w => new Thread(() =>
        {
            var strategy = new RandomExplorationStrategy(request.Seed);
            long steps = 0;
            var schedules = 0;
            var cutOff = 0;
            for (var i = w; i < iterations; i += threads)
            {
                strategy.PrepareIteration(i);
                var result = RunSchedule(program, strategy, request.MaxSteps);
                schedules++;
                steps += result.Deliveries;
                cutOff += result.Outcome == RunOutcome.StepBound ? 1 : 0;
            }

            parts[w] = new BenchCounts(schedules, steps, cutOff);
        })).ToArray();
        foreach (var t in workers)
        {
            t.Start();
        }

        foreach (var t in workers)
        {
            t.Join();
        }

        return new BenchCounts(parts.Sum(p => p.Schedules), parts.Sum(p => p.Steps), parts.Sum(p => p.CutOff));
    }

    private static Schedule Record(ActorProgram program, PingPongRequest request)
    {
        var strategy = new RandomExplorationStrategy(request.Seed);
        strategy.PrepareIteration(0);
        return TestingEngine.RunOnce(program, strategy, request.MaxSteps).Schedule;
    }

    private static Func<int, BenchCounts> Replay(ActorProgram program, Schedule schedule, int maxSteps) => iterations =>
    {
        long steps = 0;
        var cutOff = 0;
        for (var i = 0; i < iterations; i++)
        {
            var strategy = new ReplayStrategy(schedule);
            strategy.PrepareIteration(0);
            var result = RunSchedule(program, strategy, maxSteps);
            if (result.Steps != schedule.Count)
            {
                throw new InvalidOperationException($"replay {i} ran {result.Steps} of the schedule's {schedule.Count} steps");
            }

            strategy.CompleteIteration(result.Outcome == RunOutcome.StepBound);
            steps += result.Deliveries;
            cutOff += result.Outcome == RunOutcome.StepBound ? 1 : 0;
        }

        return new BenchCounts(iterations, steps, cutOff);
    };

    private static RunResult RunSchedule(ActorProgram program, ISchedulingStrategy strategy, int maxSteps)
    {
        var system = ActorSystem.Create(program.Name, new ActorSystemSettings { Strategy = strategy });
        program.Setup(system);
        var result = system.Run(maxSteps);
        system.Recycle(); // as the exploration loops do for schedules that found nothing
        return result;
    }
}
