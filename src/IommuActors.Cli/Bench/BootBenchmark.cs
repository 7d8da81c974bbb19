using System.Diagnostics;
using IommuActors.Exploration;
using IommuActors.Exploration.Strategies;
using IommuActors.Kernel;
using IommuActors.Kernel.Topology;
using IommuActors.Runtime;

namespace IommuActors.Cli.Bench;

/// <summary>
/// Boots a generated topology (<see cref="TopologyGenerator"/>) K times, one random schedule each, timing every boot as
/// the explorer runs it: a fresh system, invariants checked after each step, the schedule recorded and hashed.
/// </summary>
internal static class BootBenchmark
{
    /// <summary>At most this many boots are run untimed first, so the JIT has settled.</summary>
    public const int MaxWarmupBoots = 20;

    /// <summary>Runs the benchmark.</summary>
    /// <param name="request">What to measure.</param>
    /// <returns>The timed result.</returns>
    public static BootBenchResult Run(BootBenchRequest request)
    {
        var topology = TopologyGenerator.Generate(request.Iommus, request.Devices, request.Seed);
        var program = KernelModel.Build(topology, request.Kernel);
        var warmup = Math.Min(request.Boots, MaxWarmupBoots);
        var warmupStrategy = new RandomExplorationStrategy(request.Seed);
        for (var i = 0; i < warmup; i++)
        {
            _ = Boot(program, warmupStrategy, i, request.MaxSteps);
        }

        var strategy = new RandomExplorationStrategy(request.Seed);
        var times = new List<double>(request.Boots);
        var ids = new List<string>();
        long steps = 0;
        var cutOff = 0;
        var violations = 0;
        for (var i = 0; i < request.Boots; i++)
        {
            var start = Stopwatch.GetTimestamp();
            var run = Boot(program, strategy, i, request.MaxSteps);
            times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            steps += run.Deliveries;
            cutOff += run.Outcome == RunOutcome.StepBound ? 1 : 0;
            if (run.Violation is { } violation)
            {
                violations++;
                ids.Add(violation.Id);
            }
        }

        return new BootBenchResult(request, topology.Name, times, new BenchCounts(request.Boots, steps, cutOff), [.. ids.Distinct()], violations, warmup);
    }

    private static RunResult Boot(ActorProgram program, RandomExplorationStrategy strategy, int index, int maxSteps)
    {
        strategy.PrepareIteration(index);
        var run = TestingEngine.Run(program, strategy, maxSteps);
        strategy.CompleteIteration(run.Outcome == RunOutcome.StepBound);
        return run;
    }
}
