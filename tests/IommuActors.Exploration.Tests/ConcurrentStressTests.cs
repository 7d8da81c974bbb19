using IommuActors.TestKit.Toys;

namespace IommuActors.Exploration.Tests;

public class ConcurrentStressTests
{
    [Fact]
    public void ExploreConcurrent_FrequentRace_IsConfirmedOnItsControlledRebuild_AndReplays()
    {
        // Given: a toy whose lost update real threads hit often.
        var program = LostUpdate.Program(2);
        var options = new ExplorationOptions { Iterations = 200, StopOnFirstViolation = false, KeepPerViolation = 3 };

        // When
        var report = TestingEngine.ExploreConcurrent(program, options, threads: 2);

        // Then: every kept violation was replayed twice from its rebuilt schedule, and replays again here.
        report.Schedules.ShouldBe(200);
        report.ViolationCounts.GetValueOrDefault("lost-update").ShouldBeGreaterThan(0);
        report.Violations.Count.ShouldBeInRange(1, 3);
        foreach (var found in report.Violations)
        {
            found.Verdict.ShouldBe(ReplayVerdict.Reproduced);
            var replay = TestingEngine.Replay(program, found.Schedule);
            replay.Run!.Violation!.Id.ShouldBe("lost-update");
            replay.Run.StateHash.ShouldBe(found.StateHash);
            TestingEngine.Replay(program, found.MinimizedSchedule ?? found.Schedule).Run!.Violation!.Id.ShouldBe("lost-update");
        }
    }

    [Fact]
    public void ShouldStop_EndsTheSearchBetweenSchedules_WithOneOrMoreWorkers()
    {
        var program = PingPong.Program(2, 3);

        foreach (var workers in new[] { 1, 2 })
        {
            var started = 0;
            var report = TestingEngine.Explore(program, new ExplorationOptions
            {
                Strategy = StrategyKind.Random, Iterations = 1_000_000, Workers = workers, ShouldStop = () => Interlocked.Increment(ref started) > 3,
            });

            // One worker asks before each schedule. Several ask before each chunk of 256 (three asks say go on, so at
            // most three chunks run) and report the whole chunks before the first one told to stop.
            if (workers == 1)
            {
                report.Schedules.ShouldBe(3);
            }
            else
            {
                (report.Schedules % 256).ShouldBe(0);
                report.Schedules.ShouldBeInRange(256, 3 * 256);
            }

            report.Exhaustive.ShouldBeFalse();
        }
    }
}
