using IommuActors.Exploration;
using IommuActors.Runtime;

namespace IommuActors.TestKit.Toys;

/// <summary>
/// A deliberately racy toy: incrementers read a counter and write back value + 1 in two messages. When two reads
/// happen before the writes, an update is lost; the quiescence invariant <c>lost-update</c> catches it.
/// </summary>
public static class LostUpdate
{
    /// <summary>Builds the program.</summary>
    /// <param name="incrementers">How many incrementers race.</param>
    /// <returns>The program.</returns>
    public static ActorProgram Program(int incrementers) => new($"lost-update-{incrementers}", system => Setup(system, incrementers))
    {
        Invariants =
        [
            Invariant.AtQuiescence("lost-update", system =>
            {
                var counter = system.UnderlyingActor<Counter>(system.Lookup("/user/counter"));
                return counter.Value == incrementers ? null : $"counter is {counter.Value} after {incrementers} increments";
            }),
        ],
    };

    /// <summary>Creates the counter and the incrementers, and starts them.</summary>
    /// <param name="system">A fresh system.</param>
    /// <param name="incrementers">How many incrementers race.</param>
    public static void Setup(ActorSystem system, int incrementers)
    {
        var counter = system.ActorOf(Props.Create(() => new Counter()), "counter");
        for (var i = 0; i < incrementers; i++)
        {
            system.ActorOf(Props.Create(() => new Incrementer(counter)), $"inc{i}");
        }
    }

    /// <summary>Asks for the counter value.</summary>
    public sealed record Get;

    /// <summary>The counter value.</summary>
    /// <param name="Value">The value.</param>
    public sealed record Current(int Value);

    /// <summary>Overwrites the counter value.</summary>
    /// <param name="Value">The new value.</param>
    public sealed record Set(int Value);

    /// <summary>Holds one integer.</summary>
    public sealed class Counter : ReceiveActor
    {
        /// <summary>Initializes a new instance of the <see cref="Counter"/> class.</summary>
        public Counter()
        {
            Receive<Get>(_ => Sender.Tell(new Current(Value)));
            Receive<Set>(set => Value = set.Value);
        }

        /// <summary>Gets the current value.</summary>
        public int Value { get; private set; }
    }

    /// <summary>Reads, then writes value + 1: a read-modify-write that is not atomic.</summary>
    public sealed class Incrementer : ReceiveActor
    {
        private readonly IActorRef _counter;

        /// <summary>Initializes a new instance of the <see cref="Incrementer"/> class.</summary>
        /// <param name="counter">The counter.</param>
        public Incrementer(IActorRef counter)
        {
            _counter = counter;
            Receive<Current>(current => _counter.Tell(new Set(current.Value + 1)));
        }

        /// <inheritdoc/>
        protected override void PreStart() => _counter.Tell(new Get());
    }
}
