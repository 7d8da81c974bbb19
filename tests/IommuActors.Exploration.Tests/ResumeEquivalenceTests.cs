using IommuActors.Runtime.Scheduling;
using IommuActors.TestKit.Toys;

namespace IommuActors.Exploration.Tests;

public class ResumeEquivalenceTests
{
    [Theory]
    [InlineData(StrategyKind.Random, 1)]
    [InlineData(StrategyKind.Random, 2)]
    [InlineData(StrategyKind.Probabilistic, 1)]
    [InlineData(StrategyKind.Probabilistic, 2)]
    public void StartAt_SplitRun_ExploresTheSameSchedulesAndViolationsAsOneRun(StrategyKind strategy, int workers)
    {
        // Given: one uninterrupted run and the same run split at schedule 137.
        var program = LostUpdate.Program(2);
        var options = new ExplorationOptions { Strategy = strategy, Seed = 7, Iterations = 400, StopOnFirstViolation = false, Minimize = false, Workers = workers };
        var whole = TestingEngine.Explore(program, options);

        // When
        var first = TestingEngine.Explore(program, options with { Iterations = 137 });
        var rest = TestingEngine.Explore(program, options with { StartAt = 137 });

        // Then
        (first.Schedules + rest.Schedules).ShouldBe(whole.Schedules);
        (first.Deliveries + rest.Deliveries).ShouldBe(whole.Deliveries);
        Signature(first).Concat(Signature(rest)).ShouldBe(Signature(whole));
        rest.Violations.ShouldAllBe(v => v.ScheduleIndex >= 137);
    }

    [Fact]
    public void Observer_SequentialAndParallel_HearTheSameSchedulesInOrder()
    {
        var program = LostUpdate.Program(2);
        var options = new ExplorationOptions { Seed = 3, Iterations = 250, StopOnFirstViolation = false, Minimize = false, StartAt = 20 };
        var sequential = new Recorder();
        var parallel = new Recorder();

        var one = TestingEngine.Explore(program, options with { Observer = sequential });
        var two = TestingEngine.Explore(program, options with { Observer = parallel, Workers = 2 });

        sequential.Events.ShouldBe(parallel.Events);
        sequential.Events.Count(e => e.StartsWith("done", StringComparison.Ordinal)).ShouldBe(230);
        sequential.Events.First(e => e.StartsWith("done", StringComparison.Ordinal)).ShouldStartWith("done 20 1 ");
        Signature(one).ShouldBe(Signature(two));
        sequential.Schedules.ShouldBe(parallel.Schedules);
        sequential.Schedules.Count.ShouldBe(230);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Observer_StopOnFirstViolation_ParallelStopsWhereOneWorkerStops(int workers)
    {
        // Given: a budget spanning many chunks, so workers run ahead of the violating schedule.
        var program = LostUpdate.Program(2);
        var options = new ExplorationOptions { Seed = 11, Iterations = 5 * TestingEngine.ObservedChunk, Minimize = false, StartAt = 3 };
        var sequential = new Recorder();
        var parallel = new Recorder();

        // When
        var one = TestingEngine.Explore(program, options with { Observer = sequential });
        var many = TestingEngine.Explore(program, options with { Observer = parallel, Workers = workers });

        // Then: the same events, up to and including the first violation, and nothing after it.
        one.Violations.ShouldHaveSingleItem();
        parallel.Events.ShouldBe(sequential.Events);
        many.Schedules.ShouldBe(one.Schedules);
        Signature(many).ShouldBe(Signature(one));
        parallel.Events[^1].ShouldStartWith($"done {one.Violations[0].ScheduleIndex} ");
    }

    [Fact]
    public void Observer_ViolatingSchedule_IsReportedBeforeItCompletes()
    {
        var recorder = new Recorder();

        var report = TestingEngine.Explore(LostUpdate.Program(2), new ExplorationOptions { Seed = 1, Iterations = 100, Observer = recorder });

        var found = report.Violations.ShouldHaveSingleItem();
        recorder.Events[^2].ShouldBe($"violation {found.ScheduleIndex} lost-update");
        recorder.Events[^1].ShouldStartWith($"done {found.ScheduleIndex} ");
    }

    [Theory]
    [InlineData(StrategyKind.Dfs)]
    [InlineData(StrategyKind.Dpor)]
    public void StartAt_SystematicStrategyWithoutFrontier_IsRefused(StrategyKind strategy) =>
        Should.Throw<ArgumentOutOfRangeException>(() => new ExplorationOptions { Strategy = strategy, StartAt = 1 }.Validate());

    private static List<string> Signature(ExplorationReport report) =>
        [.. report.Violations.Select(v => $"{v.ScheduleIndex} {v.Violation.Id} {v.ScheduleHash:x16} {v.IterationSeed}")];

    private sealed class Recorder : IExplorationObserver
    {
        public List<string> Events { get; } = [];

        public List<string> Schedules { get; } = [];

        public bool WantsSchedules => true;

        public void OnViolation(FoundViolation violation) => Events.Add($"violation {violation.ScheduleIndex} {violation.Violation.Id}");

        public void OnScheduleCompleted(int index, int schedules, long steps, Schedule? schedule)
        {
            Events.Add($"done {index} {schedules} {steps}");
            Schedules.Add(schedule!.ToText());
        }
    }
}
