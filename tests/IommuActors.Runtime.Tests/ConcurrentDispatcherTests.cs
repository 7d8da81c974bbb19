using IommuActors.Exploration;
using IommuActors.TestKit.Toys;

namespace IommuActors.Runtime.Tests;

public class ConcurrentDispatcherTests
{
    [Fact]
    public void PingPong_EightPairsOnAllCores_CompleteAndReplayInControlledMode()
    {
        // Given
        var program = PingPong.Program(8, 200);

        // When
        var run = TestingEngine.RunConcurrent(program, workers: 0, seed: 1);
        var controlled = TestingEngine.ToControlled(program, run);

        // Then: every pair finished (the quiescence invariant holds) and the controlled rebuild ends in the same state.
        run.Outcome.ShouldBe(RunOutcome.Quiescent);
        run.Violation.ShouldBeNull();
        run.Deliveries.ShouldBe(8 * ((2 * 200) + 1));
        run.Workers.ShouldBe(Environment.ProcessorCount);
        controlled.Followed.ShouldBeTrue();
        controlled.Run!.StateHash.ShouldBe(run.StateHash);
        TestingEngine.Replay(program, controlled.Run.Schedule).Run!.StateHash.ShouldBe(run.StateHash);
    }

    [Fact]
    public void OrderSensitiveProgram_ManyConcurrentRuns_EachReplaysToItsOwnFinalState()
    {
        // Given: the recorder's final log is the arrival order, which real threads vary from run to run.
        var program = Senders.Program(4, 25);

        for (var i = 0; i < 20; i++)
        {
            // When
            var run = TestingEngine.RunConcurrent(program, workers: 2, seed: (ulong)i);
            var controlled = TestingEngine.ToControlled(program, run);

            // Then
            controlled.Followed.ShouldBeTrue();
            controlled.Run!.StateHash.ShouldBe(run.StateHash);
            TestingEngine.Replay(program, controlled.Run.Schedule).Run!.StateHash.ShouldBe(run.StateHash);
        }
    }

    [Fact]
    public void LostUpdate_FoundOnRealThreads_ReplaysDeterministicallyInControlledMode()
    {
        // Given: a toy whose race real threads hit often.
        var program = LostUpdate.Program(2);
        var found = 0;

        for (var i = 0; i < 50; i++)
        {
            var run = TestingEngine.RunConcurrent(program, workers: 2, seed: (ulong)i);
            if (run.Violation is null)
            {
                continue;
            }

            // When
            found++;
            var controlled = TestingEngine.ToControlled(program, run);
            var replay = TestingEngine.Replay(program, controlled.Run!.Schedule);

            // Then
            controlled.Run.Violation!.Id.ShouldBe("lost-update");
            replay.Run!.Violation!.Id.ShouldBe("lost-update");
            replay.Run.StateHash.ShouldBe(run.StateHash);
        }

        found.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void DataChoices_OnRealThreads_AreLoggedAndReplayed()
    {
        var program = new ActorProgram("dice", system =>
        {
            for (var i = 0; i < 4; i++)
            {
                system.ActorOf(Props.Create(() => new Roller()), $"r{i}").Tell("roll");
            }
        });

        var run = TestingEngine.RunConcurrent(program, workers: 2, seed: 9);
        var controlled = TestingEngine.ToControlled(program, run);

        run.ReceiveLog.Values.SelectMany(l => l).Count(s => s.Kind == Scheduling.StepKind.ChooseInt).ShouldBe(4);
        controlled.Run!.StateHash.ShouldBe(run.StateHash);
    }

    private sealed class Roller : ReceiveActor
    {
        public Roller() => Receive<string>(_ => Rolled = Context.ChooseInt(1000));

        public int Rolled { get; private set; }
    }
}
