using IommuActors.TestKit.Toys;

namespace IommuActors.Exploration.Tests;

public class SeededStrategyTests
{
    [Theory]
    [MemberData(nameof(StrategyCatalog.Names), MemberType = typeof(StrategyCatalog))]
    public void Strategy_SameSeed_SameSchedulesEveryTime(string name)
    {
        // Given: 12 consecutive schedules (two portfolio rotations) under one seed.
        var program = PingPong.Program(3, 4);
        var first = Hashes(program, name, 42);

        // When
        var second = Hashes(program, name, 42);

        // Then
        second.ShouldBe(first);
    }

    [Theory]
    [MemberData(nameof(StrategyCatalog.Names), MemberType = typeof(StrategyCatalog))]
    public void Strategy_DifferentSeeds_GiveDifferentSchedules(string name)
    {
        var program = PingPong.Program(3, 4);

        // PCT and delay bounding draw their points over a guessed length first, so compare whole runs of 12.
        var runs = Enumerable.Range(0, 20).Select(seed => string.Join(",", Hashes(program, name, (ulong)seed)));

        runs.Distinct().Count().ShouldBeGreaterThan(15);
    }

    [Theory]
    [MemberData(nameof(StrategyCatalog.Names), MemberType = typeof(StrategyCatalog))]
    public void Strategy_ScheduleI_UsesDerivedSeed(string name)
    {
        var strategy = StrategyCatalog.Create(name, 9);

        strategy.PrepareIteration(5);

        strategy.Seed.ShouldBe(9UL);
        strategy.IterationSeed.ShouldBe(Runtime.Scheduling.DeterministicRandom.Derive(9, 5));
        strategy.IsExhausted.ShouldBeFalse();
    }

    [Theory]
    [MemberData(nameof(StrategyCatalog.Names), MemberType = typeof(StrategyCatalog))]
    public void Strategy_LostUpdateToy_FindsTheRaceWithin1000SchedulesAndItReplays(string name)
    {
        // Given
        var program = LostUpdate.Program(2);
        var options = new ExplorationOptions { Strategy = StrategyCatalog.Kind(name), Iterations = 1000, Seed = 3 };

        // When
        var report = TestingEngine.Explore(program, options);

        // Then
        report.Strategy.ShouldStartWith(name);
        var found = report.Violations.ShouldHaveSingleItem();
        found.Violation.Id.ShouldBe("lost-update");
        found.Verdict.ShouldBe(ReplayVerdict.Reproduced);
        TestingEngine.Replay(program, found.Schedule).Run!.Violation!.Id.ShouldBe("lost-update");
    }

    [Theory]
    [MemberData(nameof(StrategyCatalog.Names), MemberType = typeof(StrategyCatalog))]
    public void Strategy_RecordedSchedule_ReplaysToTheSameState(string name)
    {
        // Given: a strategy drives a run; its schedule holds every delivery.
        var program = LostUpdate.Program(3);
        var run = TestingEngine.RunOnce(program, StrategyCatalog.Create(name, 5), 1000);

        // When
        var replay = TestingEngine.Replay(program, run.Schedule);

        // Then
        replay.Followed.ShouldBeTrue();
        replay.Run!.StateHash.ShouldBe(run.StateHash);
    }

    private static List<ulong> Hashes(ActorProgram program, string name, ulong seed)
    {
        var strategy = StrategyCatalog.Create(name, seed);
        var hashes = new List<ulong>();
        for (var i = 0; i < 12; i++)
        {
            strategy.PrepareIteration(i);
            var run = TestingEngine.RunOnce(program, strategy, 10_000);
            strategy.CompleteIteration(run.Outcome == Runtime.RunOutcome.StepBound);
            hashes.Add(run.ScheduleHash);
        }

        return hashes;
    }
}
