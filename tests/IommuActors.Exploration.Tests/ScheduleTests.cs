using IommuActors.Exploration.Strategies;
using IommuActors.Runtime.Scheduling;
using IommuActors.TestKit.Toys;

namespace IommuActors.Exploration.Tests;

public class ScheduleTests
{
    [Fact]
    public void Random_SameSeed1000Runs_IdenticalScheduleAndStateHashes()
    {
        // Given
        var program = PingPong.Program(3, 4);
        var first = TestingEngine.RunOnce(program, new RandomExplorationStrategy(123), 10_000);

        // When / Then
        for (var i = 0; i < 1000; i++)
        {
            var again = TestingEngine.RunOnce(program, new RandomExplorationStrategy(123), 10_000);
            again.ScheduleHash.ShouldBe(first.ScheduleHash);
            again.StateHash.ShouldBe(first.StateHash);
        }
    }

    [Fact]
    public void Random_DifferentSeeds_GiveDifferentSchedules()
    {
        // The hash must actually depend on the schedule, or the test above proves nothing.
        var program = PingPong.Program(3, 4);
        var hashes = Enumerable.Range(0, 20).Select(s => TestingEngine.RunOnce(program, new RandomExplorationStrategy((ulong)s), 10_000).ScheduleHash);

        hashes.Distinct().Count().ShouldBeGreaterThan(15);
    }

    [Fact]
    public void Replay_RecordedSchedule_SameStepsAndFinalStateHash()
    {
        // Given: a run whose final state depends on the interleaving.
        var program = LostUpdate.Program(3);
        var run = TestingEngine.RunOnce(program, new RandomExplorationStrategy(5), 1000);

        // When
        var replay = TestingEngine.Replay(program, run.Schedule);

        // Then
        replay.Followed.ShouldBeTrue();
        replay.Run!.ScheduleHash.ShouldBe(run.ScheduleHash);
        replay.Run.StateHash.ShouldBe(run.StateHash);
    }

    [Fact]
    public void Replay_ScheduleTextRoundTrip_StillReplays()
    {
        // Given: the schedule survives being written and read back (what the journal and users will do).
        var program = LostUpdate.Program(2);
        var run = TestingEngine.RunOnce(program, new RandomExplorationStrategy(9), 1000);
        var parsed = Schedule.Parse(run.Schedule.ToText());

        // When
        var replay = TestingEngine.Replay(program, parsed);

        // Then
        parsed.Hash.ShouldBe(run.ScheduleHash);
        replay.Run!.StateHash.ShouldBe(run.StateHash);
    }

    [Fact]
    public void Replay_EditedSchedule_ReportsTheExactDivergentStep()
    {
        // Given: step 3 is changed to a delivery that cannot happen there.
        var program = LostUpdate.Program(2);
        var run = TestingEngine.RunOnce(program, new RandomExplorationStrategy(9), 1000);
        var original = run.Schedule.Steps[3];
        var edited = run.Schedule.WithStep(3, original with { Sequence = original.Sequence + 7 });

        // When
        var replay = TestingEngine.Replay(program, edited);

        // Then
        replay.Followed.ShouldBeFalse();
        replay.Divergence!.Step.ShouldBe(3);
        replay.Divergence.Expected.ShouldBe(edited.Steps[3]);
        replay.Divergence.Actual.ShouldContain(original);
        replay.Divergence.ToString().ShouldContain("step 3");
    }

    [Fact]
    public void Replay_SchedulePrefix_StopsAtItsEndWithoutDivergence()
    {
        var program = LostUpdate.Program(2);
        var run = TestingEngine.RunOnce(program, new RandomExplorationStrategy(9), 1000);

        var replay = TestingEngine.Replay(program, run.Schedule.Prefix(4), 1000);

        // A prefix replays as far as it goes; the run stops at its end, which is not a divergence.
        replay.Followed.ShouldBeTrue();
        replay.Run!.Schedule.Count.ShouldBe(4);
    }

    [Fact]
    public void Schedule_MalformedLine_ParseErrorNamesTheLine()
    {
        var ex = Should.Throw<FormatException>(() => Schedule.Parse("deliver /user/a <- /user/b #0 Ping\nfrobnicate\n", "x.schedule"));

        ex.Message.ShouldStartWith("x.schedule:2:1:");
    }

    [Fact]
    public void ScheduleStep_EveryKind_RoundTripsThroughText()
    {
        ScheduleStep[] steps =
        [
            new(StepKind.Deliver, "/user/a", "/user/b", 3, "Ping", 0),
            new(StepKind.Timer, "/user/a", "timer:tick", 0, "Tick", 0),
            new(StepKind.Unstash, "/user/a", string.Empty, 1, "Ping", 0),
            new(StepKind.ChooseInt, "/user/a", string.Empty, 5, string.Empty, 4),
            new(StepKind.ChooseBool, "/", string.Empty, 0, string.Empty, 1),
        ];

        foreach (var step in steps)
        {
            ScheduleStep.TryParse(step.ToString(), out var parsed, out _).ShouldBeTrue(step.ToString());
            parsed.ShouldBe(step);
        }
    }
}
