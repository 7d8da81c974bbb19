using System.Diagnostics;
using IommuActors.Exploration;
using IommuActors.Scenarios;

namespace IommuActors.Cli.Bench;

/// <summary>
/// Times a random exploration of a scenario variant as <c>explore</c> runs it (invariants checked after each step),
/// without stopping at violations and without replaying them.
/// </summary>
internal static class ScenarioBenchmark
{
    /// <summary>At most this many schedules are run untimed first, so the JIT has settled.</summary>
    public const int MaxWarmupSchedules = 100;

    /// <summary>Runs the benchmark.</summary>
    /// <param name="request">What to measure.</param>
    /// <returns>The timed result.</returns>
    public static ScenarioBenchResult Run(ScenarioBenchRequest request)
    {
        var program = ScenarioExplorer.Program(request.Scenario, request.Kernel);
        var warmup = Math.Min(request.Iterations, MaxWarmupSchedules);
        _ = TestingEngine.Explore(program, Options(request, warmup));
        var stopwatch = Stopwatch.StartNew();
        var report = TestingEngine.Explore(program, Options(request, request.Iterations));
        stopwatch.Stop();
        var counts = new BenchCounts(report.Schedules, report.Deliveries, report.SchedulesCutOff);
        return new ScenarioBenchResult(request, counts, report.Violations.Count, warmup, stopwatch.Elapsed);
    }

    private static ExplorationOptions Options(ScenarioBenchRequest request, int iterations) => new()
    {
        Strategy = StrategyKind.Random,
        Seed = request.Seed,
        Iterations = iterations,
        MaxSteps = request.MaxSteps,
        StopOnFirstViolation = false,
        ReplayCheck = false,
    };
}
