using IommuActors.Exploration;
using IommuActors.Runtime;
using IommuActors.Runtime.Scheduling;

namespace IommuActors.Cli.Bench;

/// <summary>Runs the workload on real threads (<see cref="TestingEngine.RunConcurrent"/>), one fresh system per run.</summary>
internal static class ConcurrentBench
{
    /// <summary>Runs <paramref name="runs"/> concurrent runs; run i uses the seed <c>Derive(seed, i)</c> for data choices.</summary>
    /// <param name="program">The workload.</param>
    /// <param name="runs">How many runs.</param>
    /// <param name="request">Workers, seed and step bound.</param>
    /// <returns>What the runs did.</returns>
    /// <exception cref="InvalidOperationException">A run broke the workload's invariant: the numbers would be meaningless.</exception>
    public static BenchCounts Run(ActorProgram program, int runs, PingPongRequest request)
    {
        long steps = 0;
        var cutOff = 0;
        for (var i = 0; i < runs; i++)
        {
            var run = TestingEngine.RunConcurrent(program, request.Workers, DeterministicRandom.Derive(request.Seed, i), request.MaxSteps);
            if (run.Violation is { } violation)
            {
                throw new InvalidOperationException($"concurrent run {i} violated {violation}");
            }

            steps += run.Deliveries;
            cutOff += run.Outcome == RunOutcome.StepBound ? 1 : 0;
        }

        return new BenchCounts(runs, steps, cutOff);
    }
}
