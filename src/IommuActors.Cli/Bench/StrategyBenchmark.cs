using System.Diagnostics;
using IommuActors.Cli.Commands;
using IommuActors.Exploration;
using IommuActors.Exploration.Strategies;
using IommuActors.Scenarios;

namespace IommuActors.Cli.Bench;

/// <summary>
/// Explores a scenario variant with each strategy and seeds 1..N, stopping at the first violation, and times each
/// search. Schedules run as <c>explore</c> runs them (invariants after every step), but the violation is neither
/// replayed nor minimised: that cost does not depend on the strategy.
/// </summary>
internal static class StrategyBenchmark
{
    /// <summary>Schedules per strategy and warm-up round.</summary>
    public const int WarmupRound = 50;

    /// <summary>Untimed warm-up rounds go on for at least this long (tiered JIT recompiles hot code after a delay), at most <see cref="MaxWarmupRounds"/>.</summary>
    public static readonly TimeSpan WarmupTime = TimeSpan.FromMilliseconds(300);

    /// <summary>The most warm-up rounds.</summary>
    public const int MaxWarmupRounds = 20;

    /// <summary>Runs the benchmark.</summary>
    /// <param name="request">What to measure.</param>
    /// <returns>The runs and their medians.</returns>
    public static StrategyBenchResult Run(StrategyBenchRequest request)
    {
        var program = ScenarioExplorer.Program(request.Scenario, request.Kernel);
        var warmup = Warmup(program, request);

        var rows = new List<StrategyBenchRow>();
        foreach (var kind in request.Strategies)
        {
            var runs = new List<StrategyBenchRun>();
            var description = string.Empty;
            for (var seed = 1UL; seed <= (ulong)request.Seeds; seed++)
            {
                var strategy = Create(kind, seed, request.MaxSteps);
                description = seed == 1 ? strategy.Description : description;
                var stopwatch = Stopwatch.StartNew();
                var (explored, violation) = Search(program, strategy, request.MaxSchedules, request.MaxSteps);
                stopwatch.Stop();
                runs.Add(new StrategyBenchRun(seed, violation is null ? null : explored, explored, stopwatch.Elapsed, violation));
            }

            rows.Add(new StrategyBenchRow(kind, ExploreOptions.NameOf(kind), description, runs));
        }

        return new StrategyBenchResult(request, rows, warmup);
    }

    /// <summary>Creates a strategy with its default bound, as <see cref="TestingEngine.Explore(ActorProgram, ExplorationOptions)"/> would.</summary>
    /// <param name="kind">The strategy.</param>
    /// <param name="seed">The seed.</param>
    /// <param name="maxSteps">The step bound (caps the first schedule-length guess).</param>
    /// <returns>The strategy.</returns>
    public static IExplorationStrategy Create(StrategyKind kind, ulong seed, int maxSteps)
    {
        var options = new ExplorationOptions { Strategy = kind, Seed = seed, MaxSteps = maxSteps };
        return kind switch
        {
            StrategyKind.Pct => new PctStrategy(seed, options.EffectiveStrategyBound, options.EstimatedLength),
            StrategyKind.DelayBounding => new DelayBoundingStrategy(seed, options.EffectiveStrategyBound, options.EstimatedLength),
            StrategyKind.Probabilistic => new ProbabilisticStrategy(seed, options.EffectiveStrategyBound),
            StrategyKind.Portfolio => new PortfolioStrategy(seed, options.EstimatedLength),
            StrategyKind.Dfs => new DfsStrategy(),
            StrategyKind.Dpor => new Exploration.Dpor.DporStrategy(),
            _ => new RandomExplorationStrategy(seed),
        };
    }

    /// <summary>Runs untimed rounds of every strategy until the JIT has settled; returns the schedules run.</summary>
    private static int Warmup(ActorProgram program, StrategyBenchRequest request)
    {
        var schedules = 0;
        var stopwatch = Stopwatch.StartNew();
        for (var round = 0; round < MaxWarmupRounds && (round == 0 || stopwatch.Elapsed < WarmupTime); round++)
        {
            foreach (var kind in request.Strategies)
            {
                var strategy = Create(kind, (ulong)round + 1000, request.MaxSteps);
                for (var i = 0; i < Math.Min(WarmupRound, request.MaxSchedules) && strategy.PrepareIteration(i); i++)
                {
                    var result = TestingEngine.Run(program, strategy, request.MaxSteps);
                    strategy.CompleteIteration(result.Outcome == Runtime.RunOutcome.StepBound);
                    schedules++;
                }
            }
        }

        return schedules;
    }

    /// <summary>Runs schedules until the first violation or the budget.</summary>
    private static (int Explored, string? Violation) Search(ActorProgram program, IExplorationStrategy strategy, int budget, int maxSteps)
    {
        var explored = 0;
        for (var i = 0; i < budget && strategy.PrepareIteration(i); i++)
        {
            var result = TestingEngine.Run(program, strategy, maxSteps);
            strategy.CompleteIteration(result.Outcome == Runtime.RunOutcome.StepBound);
            explored++;
            if (result.Violation is { } violation)
            {
                return (explored, violation.Id);
            }
        }

        return (explored, null);
    }
}
