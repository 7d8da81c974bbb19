using IommuActors.Exploration;
using IommuActors.Runtime;

namespace IommuActors.TestKit.Toys;

/// <summary>
/// k independent senders each send numbered messages to one recorder when they start. Its interleavings are
/// countable by hand (k! for one message each; the multinomial coefficient in general), and the invariant
/// <c>fifo</c> checks Akka's per-sender ordering after every step.
/// </summary>
public static class Senders
{
    /// <summary>Builds the program.</summary>
    /// <param name="senders">Number of senders (k).</param>
    /// <param name="perSender">Messages each sender sends.</param>
    /// <returns>The program.</returns>
    public static ActorProgram Program(int senders, int perSender) => new($"senders-{senders}x{perSender}", system =>
    {
        var recorder = system.ActorOf(Props.Create(() => new Recorder()), "recorder");
        for (var i = 0; i < senders; i++)
        {
            var id = i;
            system.ActorOf(Props.Create(() => new Sender(recorder, id, perSender)), $"sender{i}");
        }
    })
    {
        Invariants = [Invariant.Always("fifo", system => CheckFifo(system, senders))],
    };

    private static string? CheckFifo(ActorSystem system, int senders)
    {
        var log = system.UnderlyingActor<Recorder>(system.Lookup("/user/recorder")).Log;
        for (var s = 0; s < senders; s++)
        {
            var seen = log.Where(m => m.Sender == s).Select(m => m.Sequence).ToList();
            if (!seen.SequenceEqual(Enumerable.Range(0, seen.Count)))
            {
                return $"sender {s} arrived as {string.Join(",", seen)}";
            }
        }

        return null;
    }

    /// <summary>Message <paramref name="Sequence"/> of sender <paramref name="Sender"/>.</summary>
    /// <param name="Sender">The sender number.</param>
    /// <param name="Sequence">Its message number.</param>
    public sealed record Numbered(int Sender, int Sequence);

    /// <summary>Logs arrivals; its final state is the arrival order.</summary>
    public sealed class Recorder : ReceiveActor
    {
        /// <summary>Initializes a new instance of the <see cref="Recorder"/> class.</summary>
        public Recorder() => Receive<Numbered>(Log.Add);

        /// <summary>Gets the arrival order.</summary>
        public List<Numbered> Log { get; } = [];
    }

    /// <summary>Sends its messages in PreStart.</summary>
    /// <param name="target">The recorder.</param>
    /// <param name="id">The sender number.</param>
    /// <param name="count">How many messages.</param>
    public sealed class Sender(IActorRef target, int id, int count) : ReceiveActor
    {
        /// <inheritdoc/>
        protected override void PreStart()
        {
            for (var i = 0; i < count; i++)
            {
                target.Tell(new Numbered(id, i));
            }
        }
    }
}
