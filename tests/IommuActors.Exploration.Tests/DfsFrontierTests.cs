using IommuActors.Exploration.Strategies;
using IommuActors.Runtime.Scheduling;
using IommuActors.TestKit.Toys;

namespace IommuActors.Exploration.Tests;

public class DfsFrontierTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(40)]
    [InlineData(1000)]
    public void Dfs_ResumedFromTheFrontierAtAnySchedule_ExploresTheRestExactlyOnce(int split)
    {
        // Given: one uninterrupted exhaustive dfs, and the same search stopped after `split` schedules.
        var program = LostUpdate.Program(3);
        var options = new ExplorationOptions { Strategy = StrategyKind.Dfs, Iterations = 100_000, StopOnFirstViolation = false, Minimize = false };
        var whole = TestingEngine.Explore(program, options);
        var frontier = new FrontierRecorder();
        var first = TestingEngine.Explore(program, options with { Iterations = split, Observer = frontier });

        // When: resumed from the frontier recorded after the last schedule.
        var rest = TestingEngine.Explore(program, options with { StartAt = split, DfsFrontier = frontier.Last });

        // Then: the same schedule count, exhaustive, and the same violations at the same indices.
        whole.Exhaustive.ShouldBeTrue();
        whole.Schedules.ShouldBeGreaterThan(split);
        (first.Schedules + rest.Schedules).ShouldBe(whole.Schedules);
        (first.Deliveries + rest.Deliveries).ShouldBe(whole.Deliveries);
        rest.Exhaustive.ShouldBeTrue();
        Signature(first).Concat(Signature(rest)).ShouldBe(Signature(whole));
    }

    [Fact]
    public void Frontier_OfAnExhaustedSearch_ResumesToNothing()
    {
        var program = LostUpdate.Program(2);
        var frontier = new FrontierRecorder();
        var options = new ExplorationOptions { Strategy = StrategyKind.Dfs, Iterations = 100_000, StopOnFirstViolation = false, Minimize = false };
        var whole = TestingEngine.Explore(program, options with { Observer = frontier });

        var rest = TestingEngine.Explore(program, options with { StartAt = whole.Schedules, DfsFrontier = frontier.Last });

        frontier.Last.ShouldBe("dfs:done");
        rest.Schedules.ShouldBe(0);
    }

    [Theory]
    [InlineData("random:1")]
    [InlineData("dfs:3")]
    [InlineData("dfs:3.3")]
    [InlineData("dfs:0.0")]
    [InlineData("dfs:2.1,x.0")]
    public void FromFrontier_BadText_IsAFormatErrorNamingIt(string text) =>
        Should.Throw<FormatException>(() => DfsStrategy.FromFrontier(text)).Message.ShouldContain("frontier");

    [Fact]
    public void StartAt_DfsWithoutFrontier_OrDporWithOne_IsRefused()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new ExplorationOptions { Strategy = StrategyKind.Dfs, StartAt = 3 }.Validate());
        Should.Throw<ArgumentOutOfRangeException>(() => new ExplorationOptions { Strategy = StrategyKind.Dpor, StartAt = 3, DfsFrontier = "dfs:2.1" }.Validate());
    }

    private static List<string> Signature(ExplorationReport report) =>
        [.. report.Violations.Select(v => $"{v.ScheduleIndex} {v.Violation.Id} {v.ScheduleHash:x16}")];

    /// <summary>Reads the dfs frontier after every schedule, as the CLI's journal does at its checkpoints.</summary>
    private sealed class FrontierRecorder : IExplorationObserver
    {
        private DfsStrategy? _dfs;

        public string? Last { get; private set; }

        public bool WantsSchedules => false;

        public void OnStart(IExplorationStrategy strategy) => _dfs = strategy.ShouldBeOfType<DfsStrategy>();

        public void OnViolation(FoundViolation violation)
        {
        }

        public void OnScheduleCompleted(int index, int schedules, long steps, Schedule? schedule) => Last = _dfs!.Frontier;
    }
}
