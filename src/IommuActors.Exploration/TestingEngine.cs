using IommuActors.Exploration.Coverage;
using IommuActors.Exploration.Strategies;
using IommuActors.Runtime;
using IommuActors.Runtime.Scheduling;

namespace IommuActors.Exploration;

/// <summary>
/// Runs an <see cref="ActorProgram"/> under a strategy, schedule after schedule, checking invariants, and hands
/// back every violation with a schedule that replays it (Coyote's <c>TestingEngine</c>).
/// </summary>
public static partial class TestingEngine
{
    /// <summary>Explores <paramref name="program"/> under <paramref name="options"/>.</summary>
    /// <param name="program">The program.</param>
    /// <param name="options">The options.</param>
    /// <returns>The report.</returns>
    public static ExplorationReport Explore(ActorProgram program, ExplorationOptions options)
    {
        options.Validate();
        if (options.Workers != 1 && options.Strategy is StrategyKind.Random or StrategyKind.Probabilistic && (options.Observer is not null || options.StartAt != 0 || options.ShouldStop is not null))
        {
            // Observed or resumed: chunked, so the observer hears about schedules in index order.
            return options.Strategy == StrategyKind.Random
                ? ExploreParallelObserved(program, () => new RandomExplorationStrategy(options.Seed), options, options.Workers)
                : ExploreParallelObserved(program, () => new ProbabilisticStrategy(options.Seed, options.EffectiveStrategyBound), options, options.Workers);
        }

        if (options.Workers != 1 && options.Strategy is StrategyKind.Random or StrategyKind.Probabilistic)
        {
            // These two derive schedule i from (seed, i) alone, so seed-partitioned workers give the same report.
            return options.Strategy == StrategyKind.Random
                ? ExploreParallel(program, () => new RandomExplorationStrategy(options.Seed), options, options.Workers)
                : ExploreParallel(program, () => new ProbabilisticStrategy(options.Seed, options.EffectiveStrategyBound), options, options.Workers);
        }

        IExplorationStrategy strategy = options.Strategy switch
        {
            StrategyKind.Dfs => options.DfsFrontier is { } frontier ? DfsStrategy.FromFrontier(frontier) : new DfsStrategy(),
            StrategyKind.Dpor => new Dpor.DporStrategy(),
            StrategyKind.Pct => new PctStrategy(options.Seed, options.EffectiveStrategyBound, options.EstimatedLength),
            StrategyKind.DelayBounding => new DelayBoundingStrategy(options.Seed, options.EffectiveStrategyBound, options.EstimatedLength),
            StrategyKind.Probabilistic => new ProbabilisticStrategy(options.Seed, options.EffectiveStrategyBound),
            StrategyKind.Portfolio => new PortfolioStrategy(options.Seed, options.EstimatedLength),
            _ => new RandomExplorationStrategy(options.Seed),
        };
        return Explore(program, strategy, options);
    }

    /// <summary>Explores <paramref name="program"/> with a given strategy object.</summary>
    /// <param name="program">The program.</param>
    /// <param name="strategy">The strategy.</param>
    /// <param name="options">Budget, bound and replay check.</param>
    /// <returns>The report.</returns>
    public static ExplorationReport Explore(ActorProgram program, IExplorationStrategy strategy, ExplorationOptions options)
    {
        var found = new List<FoundViolation>();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var schedules = 0;
        var cutOff = 0;
        long deliveries = 0;
        var coverage = options.Coverage ? new CoverageCollector() : null;
        var run = coverage?.Instrument(program) ?? program;
        var observer = options.Observer;
        observer?.OnStart(strategy);
        for (var i = options.StartAt; i < options.Iterations && options.ShouldStop?.Invoke() != true && strategy.PrepareIteration(i); i++)
        {
            var system = ActorSystem.Create(program.Name, new ActorSystemSettings { Strategy = strategy });
            var result = Execute(run, system, options.MaxSteps);
            strategy.CompleteIteration(result.Outcome == RunOutcome.StepBound);
            schedules++;
            deliveries += result.Deliveries;
            cutOff += result.Outcome == RunOutcome.StepBound ? 1 : 0;
            if (result.Violation is { } violation && Keep(options, counts, violation.Id))
            {
                var seed = strategy is ISeededExplorationStrategy r ? r.IterationSeed : 0;
                found.Add(Minimize(program, options, Confirm(program, options, system, violation, i, seed), found));
                observer?.OnViolation(found[^1]);
            }

            observer?.OnScheduleCompleted(i, schedules, deliveries, observer.WantsSchedules ? system.RecordedSchedule() : null);
            if (result.Violation is null)
            {
                system.Recycle();
            }
            if (coverage is not null && observer is not null && schedules % IExplorationObserver.CoverageEvery == 0)
            {
                observer.OnCoverage(coverage.CoveredCount, coverage.KnownCount);
            }

            if (result.Violation is not null && options.StopOnFirstViolation)
            {
                break;
            }
        }

        var exhaustive = strategy.IsExhausted && cutOff == 0;
        return new ExplorationReport(program.Name, strategy.Description, options.Seed, schedules, deliveries, exhaustive, options.MaxSteps, cutOff, found)
        {
            Coverage = coverage?.ToReport(),
            ViolationCounts = counts,
        };
    }

    /// <summary>Runs one schedule with invariant checks but without materialising the schedule or hashing the final state (for benchmarks).</summary>
    /// <param name="program">The program.</param>
    /// <param name="strategy">The choice source.</param>
    /// <param name="maxSteps">The step bound.</param>
    /// <returns>How the run ended.</returns>
    public static RunResult Run(ActorProgram program, ISchedulingStrategy strategy, int maxSteps)
    {
        var system = ActorSystem.Create(program.Name, new ActorSystemSettings { Strategy = strategy });
        var result = Execute(program, system, maxSteps);
        system.Recycle();
        return result;
    }

    /// <summary>Runs one schedule under <paramref name="strategy"/> and records it.</summary>
    /// <param name="program">The program.</param>
    /// <param name="strategy">The choice source.</param>
    /// <param name="maxSteps">The step bound.</param>
    /// <returns>The run.</returns>
    public static RunRecord RunOnce(ActorProgram program, ISchedulingStrategy strategy, int maxSteps)
    {
        var system = ActorSystem.Create(program.Name, new ActorSystemSettings { Strategy = strategy });
        var result = Execute(program, system, maxSteps);
        return Record(system, result);
    }

    /// <summary>Replays <paramref name="schedule"/>: the run follows it step by step and stops at its end.</summary>
    /// <param name="program">The program.</param>
    /// <param name="schedule">The schedule.</param>
    /// <param name="maxSteps">The step bound the schedule was recorded under.</param>
    /// <returns>The replayed run, or the first divergent step.</returns>
    public static ReplayResult Replay(ActorProgram program, Schedule schedule, int maxSteps = int.MaxValue)
    {
        var system = ActorSystem.Create(program.Name, new ActorSystemSettings { Strategy = new ReplayStrategy(schedule) });
        try
        {
            var result = Execute(program, system, maxSteps, schedule.Count);
            if (system.RecordedSteps < schedule.Count)
            {
                return new ReplayResult(null, new Divergence(system.RecordedSteps, schedule.Steps[system.RecordedSteps], []));
            }

            return new ReplayResult(Record(system, result), null);
        }
        catch (ScheduleDivergenceException ex)
        {
            return new ReplayResult(null, ex.Divergence);
        }
    }

    /// <summary>
    /// Steps the system until quiescence, a violation, the step bound, or (for replays) the schedule's length,
    /// checking invariants after each step and at quiescence.
    /// </summary>
    internal static RunResult Execute(ActorProgram program, ActorSystem system, int maxSteps, int stopAtRecordedSteps = int.MaxValue)
    {
        program.Setup(system);
        var always = program.Invariants.Where(v => v.Scope == InvariantScope.AfterEachStep).ToArray();
        Check(system, always);
        while (system.Violation is null && system.Deliveries < maxSteps && system.RecordedSteps < stopAtRecordedSteps && system.Step())
        {
            if (always.Length > 0)
            {
                Check(system, always);
            }
        }

        if (system.Violation is null && system.IsQuiescent)
        {
            Check(system, program.Invariants.Where(v => v.Scope == InvariantScope.AtQuiescence));
        }
        else if (system.Violation is null && program.DetectLivelock && Liveness.CycleDetector.FindCycle(system.RecordedSchedule()) is { } cycle)
        {
            // Cut off by the bound while the same cycle of steps repeats: a livelock (e.g. a deferred-probe retry loop).
            system.ReportViolation("livelock", $"the run repeats a cycle of {cycle.Count} steps: {Liveness.CycleDetector.Describe(cycle)}");
        }

        return system.Result();
    }

    private static void Check(ActorSystem system, IEnumerable<Invariant> invariants)
    {
        foreach (var invariant in invariants)
        {
            if (system.Violation is not null)
            {
                return;
            }

            if (invariant.Check(system) is { } message)
            {
                system.ReportViolation(invariant.Id, message);
            }
        }
    }

    private static RunRecord Record(ActorSystem system, RunResult result) =>
        new(result.Outcome, result.Violation, system.RecordedSchedule(), result.Deliveries, system.ComputeStateHash(), system.Crashes);

    /// <summary>Counts a violation; true while its id has not reached <see cref="ExplorationOptions.KeepPerViolation"/>.</summary>
    private static bool Keep(ExplorationOptions options, Dictionary<string, int> counts, string id)
    {
        var count = counts[id] = counts.GetValueOrDefault(id) + 1;
        return count <= options.KeepPerViolation;
    }

    /// <summary>Replays a violation twice; both must reproduce the same violation, schedule and final state.</summary>
    private static FoundViolation Confirm(ActorProgram program, ExplorationOptions options, ActorSystem system, Violation violation, int index, ulong seed) =>
        ConfirmSchedule(program, options, Record(system, system.Result()), violation, index, seed);
}
