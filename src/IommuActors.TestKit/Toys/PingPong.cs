using IommuActors.Exploration;
using IommuActors.Runtime;

namespace IommuActors.TestKit.Toys;

/// <summary>
/// The ping-pong workload of the benchmarks: <c>pairs</c> independent pairs; each pinger receives a start message
/// and then exchanges <c>rounds</c> pings and pongs with its ponger, so a pair delivers 2 * rounds + 1 messages.
/// </summary>
public static class PingPong
{
    /// <summary>Builds the program.</summary>
    /// <param name="pairs">Number of pairs.</param>
    /// <param name="rounds">Round trips per pair.</param>
    /// <returns>The program; its quiescence invariant checks every pinger saw every pong.</returns>
    public static ActorProgram Program(int pairs, int rounds) => new($"pingpong-{pairs}x{rounds}", system => Setup(system, pairs, rounds))
    {
        Invariants =
        [
            Invariant.AtQuiescence("pingpong-incomplete", system =>
            {
                foreach (var actor in system.TopLevelActors().Where(a => a.Path.Name.StartsWith("pinger", StringComparison.Ordinal)))
                {
                    var pinger = system.UnderlyingActor<Pinger>(actor);
                    if (pinger.Pongs != rounds)
                    {
                        return $"{actor.Path} received {pinger.Pongs} pongs of {rounds}";
                    }
                }

                return null;
            }),
        ],
    };

    /// <summary>Creates the pairs and sends each pinger its start message.</summary>
    /// <param name="system">A fresh system.</param>
    /// <param name="pairs">Number of pairs.</param>
    /// <param name="rounds">Round trips per pair.</param>
    public static void Setup(ActorSystem system, int pairs, int rounds)
    {
        for (var i = 0; i < pairs; i++)
        {
            var ponger = system.ActorOf(Props.Create(() => new Ponger()), $"ponger{i}");
            var pinger = system.ActorOf(Props.Create(() => new Pinger(ponger, rounds)), $"pinger{i}");
            pinger.Tell(Start.Instance);
        }
    }

    /// <summary>Starts a pinger.</summary>
    public sealed record Start
    {
        /// <summary>Gets the single instance.</summary>
        public static Start Instance { get; } = new();
    }

    /// <summary>A ping carrying its round number.</summary>
    /// <param name="Round">The round.</param>
    public sealed record Ping(int Round);

    /// <summary>The answer to a ping.</summary>
    /// <param name="Round">The round.</param>
    public sealed record Pong(int Round);

    /// <summary>Sends pings and counts pongs.</summary>
    public sealed class Pinger : ReceiveActor
    {
        /// <summary>Initializes a new instance of the <see cref="Pinger"/> class.</summary>
        /// <param name="ponger">Its partner.</param>
        /// <param name="rounds">Round trips to make.</param>
        public Pinger(IActorRef ponger, int rounds)
        {
            Receive<Start>(_ => ponger.Tell(new Ping(1)));
            Receive<Pong>(pong =>
            {
                Pongs++;
                if (pong.Round < rounds)
                {
                    ponger.Tell(new Ping(pong.Round + 1));
                }
            });
        }

        /// <summary>Gets the number of pongs received.</summary>
        public int Pongs { get; private set; }
    }

    /// <summary>Answers every ping.</summary>
    public sealed class Ponger : ReceiveActor
    {
        /// <summary>Initializes a new instance of the <see cref="Ponger"/> class.</summary>
        public Ponger()
        {
            Receive<Ping>(ping => Sender.Tell(new Pong(ping.Round)));
        }
    }
}
