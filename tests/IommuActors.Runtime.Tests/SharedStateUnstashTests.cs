using IommuActors.Exploration;
using IommuActors.Runtime.Hashing;

namespace IommuActors.Runtime.Tests;

/// <summary>
/// Shared emulated state touched by messages an actor unstashes. Controlled mode delivers unstashed messages before
/// any other step (forced steps), so on real threads the unstashing handler and the deliveries it unstashed must be
/// one atomic step too, and the rebuild must find each of their accesses.
/// </summary>
public class SharedStateUnstashTests
{
    [Fact]
    public void UnstashedDeliveriesTouchingSharedState_RealThreadRunsRebuildAndReplayToTheirFinalState()
    {
        var program = new ActorProgram("unstash-shared", system =>
        {
            var log = new List<string>();
            var gate = system.ActorOf(Props.Create(() => new Gate(system, log)), "gate");
            var other = system.ActorOf(Props.Create(() => new Writer(system, log)), "other");
            for (var i = 0; i < 3; i++)
            {
                gate.Tell(new Write(i));
                other.Tell(new Write(i));
            }

            gate.Tell(Open.Instance);
            for (var i = 3; i < 6; i++)
            {
                other.Tell(new Write(i));
            }
        });

        for (var run = 0; run < 60; run++)
        {
            // When
            var concurrent = TestingEngine.RunConcurrent(program, workers: 2, seed: (ulong)run);
            var controlled = TestingEngine.ToControlled(program, concurrent);

            // Then
            controlled.Followed.ShouldBeTrue($"run {run}: {controlled.Divergence}");
            controlled.Run!.StateHash.ShouldBe(concurrent.StateHash, $"run {run}");
            TestingEngine.Replay(program, controlled.Run.Schedule).Run!.StateHash.ShouldBe(concurrent.StateHash);
        }
    }

    private sealed record Write(int N);

    private sealed record Open
    {
        public static Open Instance { get; } = new();
    }

    /// <summary>Stashes writes until it is opened; then writes them, in order, to the shared log.</summary>
    private sealed class Gate : ReceiveActor, IWithUnboundedStash, IStateHashable
    {
        private readonly List<string> _log;

        public Gate(ActorSystem system, List<string> log)
        {
            _log = log;
            Receive<Write>(_ => Stash.Stash());
            Receive<Open>(_ =>
            {
                system.TouchShared("log");
                log.Add("open");
                Become(() => Receive<Write>(w =>
                {
                    system.TouchShared("log");
                    log.Add($"gate{w.N}");
                }));
                Stash.UnstashAll();
            });
        }

        public IStash Stash { get; set; } = null!;

        public void HashState(StateHasher hasher) => hasher.Add(string.Join(",", _log));
    }

    private sealed class Writer : ReceiveActor
    {
        public Writer(ActorSystem system, List<string> log) => Receive<Write>(w =>
        {
            system.TouchShared("log");
            log.Add($"other{w.N}");
        });
    }
}
