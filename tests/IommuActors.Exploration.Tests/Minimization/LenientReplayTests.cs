using IommuActors.Exploration.Minimization;
using IommuActors.Exploration.Strategies;
using IommuActors.Runtime.Scheduling;
using IommuActors.TestKit.Toys;

namespace IommuActors.Exploration.Tests.Minimization;

public class LenientReplayTests
{
    [Theory]
    [InlineData(1UL)]
    [InlineData(7UL)]
    [InlineData(42UL)]
    public void LenientReplay_UnmodifiedSchedule_ReproducesItExactly(ulong seed)
    {
        // Given: a recorded run with deliveries from several channels.
        var program = PingPong.Program(3, 4);
        var original = TestingEngine.RunOnce(program, new RandomExplorationStrategy(seed), 10_000);

        // When
        var lenient = LenientReplay.Run(program, original.Schedule, 10_000);

        // Then
        lenient.ScheduleHash.ShouldBe(original.ScheduleHash);
        lenient.StateHash.ShouldBe(original.StateHash);
        lenient.Outcome.ShouldBe(original.Outcome);
    }

    [Fact]
    public void LenientReplay_ViolatingSchedule_EndsInTheSameViolation()
    {
        var program = NoisyLostWrite.Program(2, 3);
        var found = TestingEngine.Explore(program, new ExplorationOptions { Iterations = 1000, Seed = 5, Minimize = false }).Violations.ShouldHaveSingleItem();

        var lenient = LenientReplay.Run(program, found.Schedule, 10_000);

        lenient.Violation!.Id.ShouldBe(NoisyLostWrite.Id);
        lenient.ScheduleHash.ShouldBe(found.ScheduleHash);
    }

    [Fact]
    public void LenientReplay_StepsRemoved_SkipsWhatCannotBeMatchedAndRecordsAStrictlyReplayableRun()
    {
        // Given: a schedule with every third step removed (later steps of those channels no longer match exactly).
        var program = PingPong.Program(2, 3);
        var original = TestingEngine.RunOnce(program, new RandomExplorationStrategy(3), 10_000);
        var candidate = new Schedule([.. original.Schedule.Steps.Where((_, i) => i % 3 != 1)]);

        // When
        var strategy = new LenientReplayStrategy(candidate);
        var lenient = TestingEngine.RunOnce(program, strategy, 10_000);

        // Then: the run completes and what it recorded replays strictly.
        lenient.Outcome.ShouldBe(Runtime.RunOutcome.Quiescent);
        lenient.Schedule.Count.ShouldBe(original.Schedule.Count);
        (strategy.Followed + strategy.Skipped).ShouldBeLessThanOrEqualTo(candidate.Count);
        var replay = TestingEngine.Replay(program, lenient.Schedule);
        replay.Followed.ShouldBeTrue();
        replay.Run!.StateHash.ShouldBe(lenient.StateHash);
    }

    [Fact]
    public void LenientReplay_EmptyCandidate_TakesTheFirstEnabledStepEveryTime()
    {
        var program = Senders.Program(3, 1);

        var first = LenientReplay.Run(program, Schedule.Empty, 100);
        var second = LenientReplay.Run(program, Schedule.Empty, 100);

        first.ScheduleHash.ShouldBe(second.ScheduleHash);
        first.Schedule.Count.ShouldBe(3);
    }

    [Fact]
    public void LenientReplay_DataChoices_FollowMatchingValuesElseZero()
    {
        var strategy = new LenientReplayStrategy(new Schedule(
        [
            new ScheduleStep(StepKind.ChooseInt, "/user/a", string.Empty, 5, string.Empty, 3),
            new ScheduleStep(StepKind.ChooseBool, "/user/a", string.Empty, 0, string.Empty, 1),
            new ScheduleStep(StepKind.ChooseInt, "/user/a", string.Empty, 5, string.Empty, 4),
        ]));

        strategy.NextInt(5, "/user/a", 0).ShouldBe(3);
        strategy.NextInt(5, "/user/b", 1).ShouldBe(0);
        strategy.NextBool("/user/a", 1).ShouldBeTrue();
        strategy.NextInt(4, "/user/a", 2).ShouldBe(0);
        strategy.NextInt(5, "/user/a", 3).ShouldBe(0);
        strategy.Followed.ShouldBe(2);
        strategy.Skipped.ShouldBe(1);
    }
}
