using IommuActors.Exploration;
using IommuActors.Exploration.Strategies;
using IommuActors.TestKit.Toys;

namespace IommuActors.Runtime.Tests;

public class RecorderRecycleTests
{
    [Fact]
    public void RecycledRecorderBuffer_IsEmptyForItsOldSystem_AndRecordsTheNextRunExactly()
    {
        // Given: two runs of the same schedule seed; the first system is recycled before the second is created.
        var program = PingPong.Program(3, 40);
        var first = Run(program, recycle: true, out var recycled);
        var second = Run(program, recycle: false, out _);

        // Then
        recycled.RecordedSteps.ShouldBe(0);
        recycled.RecordedSchedule().Count.ShouldBe(0);
        second.Count.ShouldBeGreaterThan(200);
        second.Hash.ShouldBe(first.Hash);
        TestingEngine.Replay(program, second).Followed.ShouldBeTrue();
    }

    private static Scheduling.Schedule Run(ActorProgram program, bool recycle, out ActorSystem system)
    {
        var strategy = new RandomExplorationStrategy(7);
        strategy.PrepareIteration(3);
        system = ActorSystem.Create(program.Name, new ActorSystemSettings { Strategy = strategy });
        program.Setup(system);
        system.Run(10_000);
        var schedule = system.RecordedSchedule();
        if (recycle)
        {
            system.Recycle();
        }

        return schedule;
    }
}
