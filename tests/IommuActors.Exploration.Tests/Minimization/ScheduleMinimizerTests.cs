using IommuActors.Exploration.Minimization;
using IommuActors.Runtime.Scheduling;
using IommuActors.TestKit.Toys;
using Xunit.Abstractions;

namespace IommuActors.Exploration.Tests.Minimization;

public class ScheduleMinimizerTests(ITestOutputHelper output)
{
    [Fact]
    public void Minimize_LostUpdateOfThree_SameIdNoLongerFewerPreemptionsAndStrictReplay()
    {
        // Given: a random violating schedule of three racing incrementers (every complete run delivers 9 messages).
        var program = LostUpdate.Program(3);
        var found = TestingEngine.Explore(program, new ExplorationOptions { Iterations = 1000, Seed = 3, Minimize = false }).Violations.ShouldHaveSingleItem();

        // When
        var result = ScheduleMinimizer.Minimize(program, found.Schedule, "lost-update");

        // Then
        output.WriteLine($"{result.OriginalSteps} -> {result.MinimizedSteps} steps, {result.OriginalPreemptions} -> {result.MinimizedPreemptions} preemptions, {result.Runs} runs");
        result.MinimizedSteps.ShouldBeLessThanOrEqualTo(result.OriginalSteps);
        result.MinimizedPreemptions.ShouldBeLessThan(result.OriginalPreemptions);
        var replay = TestingEngine.Replay(program, result.Schedule);
        replay.Followed.ShouldBeTrue();
        replay.Run!.Violation!.Id.ShouldBe("lost-update");
        replay.Run.ScheduleHash.ShouldBe(result.Schedule.Hash);
    }

    [Fact]
    public void Minimize_LostWriteAmongNoise_LongRandomSchedule_GetsShorter()
    {
        // Given: three incrementers among noise (ping-pong pairs, an environment event); the lost write is caught
        // when the second write lands, so everything else in a long random schedule can go.
        var program = NoisyLostWrite.Program(3, 6);
        var found = TestingEngine.Explore(program, new ExplorationOptions { Iterations = 1000, Seed = 9, Minimize = false }).Violations.ShouldHaveSingleItem();
        found.Schedule.Count.ShouldBeGreaterThan(12);

        // When
        var result = ScheduleMinimizer.Minimize(program, found.Schedule, NoisyLostWrite.Id);

        // Then
        output.WriteLine($"{result.OriginalSteps} -> {result.MinimizedSteps} steps, {result.OriginalPreemptions} -> {result.MinimizedPreemptions} preemptions, {result.Runs} runs");
        output.WriteLine(result.Schedule.ToText());
        result.MinimizedSteps.ShouldBeLessThan(result.OriginalSteps);
        result.Schedule.Steps.ShouldAllBe(step => step.Receiver.StartsWith("/user/register", StringComparison.Ordinal) || step.Receiver.StartsWith("/user/writer", StringComparison.Ordinal));
        result.Schedule.Count.ShouldBe(6); // two reads, two answers, two writes
        ScheduleMetrics.EnvironmentEvents(result.Schedule).ShouldBe(0);
        TestingEngine.Replay(program, result.Schedule).Run!.Violation!.Id.ShouldBe(NoisyLostWrite.Id);
    }

    [Fact]
    public void Minimize_IsDeterministic()
    {
        var program = NoisyLostWrite.Program(2, 4);
        var found = TestingEngine.Explore(program, new ExplorationOptions { Iterations = 1000, Seed = 4, Minimize = false }).Violations.ShouldHaveSingleItem();

        var first = ScheduleMinimizer.Minimize(program, found.Schedule, NoisyLostWrite.Id);
        var second = ScheduleMinimizer.Minimize(program, found.Schedule, NoisyLostWrite.Id);

        first.Schedule.Hash.ShouldBe(second.Schedule.Hash);
        first.Runs.ShouldBe(second.Runs);
    }

    [Fact]
    public void Minimize_RespectsTheRunBudget()
    {
        var program = NoisyLostWrite.Program(3, 6);
        var found = TestingEngine.Explore(program, new ExplorationOptions { Iterations = 1000, Seed = 9, Minimize = false }).Violations.ShouldHaveSingleItem();

        var result = ScheduleMinimizer.Minimize(program, found.Schedule, NoisyLostWrite.Id, new MinimizationOptions { MaxRuns = 5 });

        result.Runs.ShouldBeLessThanOrEqualTo(5);
        result.BudgetExhausted.ShouldBeTrue();
        TestingEngine.Replay(program, result.Schedule).Run!.Violation!.Id.ShouldBe(NoisyLostWrite.Id);
    }

    [Fact]
    public void Explore_MinimizesTheFirstViolationOfEachIdOnly()
    {
        var program = LostUpdate.Program(2);

        var report = TestingEngine.Explore(program, new ExplorationOptions { Strategy = StrategyKind.Dfs, StopOnFirstViolation = false, Iterations = 100_000 });

        report.Violations.Count.ShouldBeGreaterThan(1);
        var first = report.Violations[0];
        first.Minimization.ShouldNotBeNull();
        first.MinimizedSchedule!.Count.ShouldBeLessThanOrEqualTo(first.Schedule.Count);
        report.Violations.Skip(1).ShouldAllBe(v => v.Minimization == null);
    }

    [Fact]
    public void Explore_MinimizeOff_LeavesNoMinimizedSchedule()
    {
        var report = TestingEngine.Explore(LostUpdate.Program(2), new ExplorationOptions { Iterations = 1000, Seed = 3, Minimize = false });

        report.Violations.ShouldHaveSingleItem().MinimizedSchedule.ShouldBeNull();
    }

    [Fact]
    public void Preemptions_CountAdjacentStepsWithDifferentReceivers()
    {
        static ScheduleStep Deliver(string receiver) => new(StepKind.Deliver, receiver, "/user/x", 0, "M", 0);
        var schedule = new Schedule([Deliver("/a"), Deliver("/a"), Deliver("/b"), Deliver("/a"), Deliver("/a"), Deliver("/c")]);

        ScheduleMetrics.Preemptions(schedule).ShouldBe(3);
        ScheduleMetrics.Preemptions(Schedule.Empty).ShouldBe(0);
    }
}
