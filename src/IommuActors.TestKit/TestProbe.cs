using IommuActors.Runtime;

namespace IommuActors.TestKit;

/// <summary>
/// An actor that test code talks through (Akka's <c>TestProbe</c>), for the controlled dispatcher. Expectations do
/// not wait on wall-clock time: they run the system step by step, under its strategy, until the probe has a message
/// or the system is quiescent, within a step budget.
/// </summary>
public sealed class TestProbe
{
    private readonly Queue<Envelope> _received = new();
    private readonly ActorSystem _system;

    internal TestProbe(ActorSystem system, string name)
    {
        _system = system;
        Ref = system.ActorOf(Props.Create(() => new ProbeActor(this)), name);
    }

    /// <summary>Gets the probe's actor reference.</summary>
    public IActorRef Ref { get; }

    /// <summary>Gets the sender of the last message taken by an expectation.</summary>
    public IActorRef LastSender { get; private set; } = ActorRefs.Nobody;

    /// <summary>Gets or sets the step budget of one expectation (the virtual stand-in for Akka's timeout).</summary>
    /// <value>The default value is 10000.</value>
    public int MaxSteps { get; set; } = 10_000;

    /// <summary>Sends <paramref name="message"/> to <paramref name="target"/> with the probe as sender.</summary>
    /// <param name="target">The receiver.</param>
    /// <param name="message">The message.</param>
    public void Send(IActorRef target, object message) => target.Tell(message, Ref);

    /// <summary>Answers the sender of the last message taken.</summary>
    /// <param name="message">The answer.</param>
    public void Reply(object message) => LastSender.Tell(message, Ref);

    /// <summary>Watches <paramref name="actor"/>: its <see cref="Terminated"/> will arrive at the probe.</summary>
    /// <param name="actor">The actor.</param>
    public void Watch(IActorRef actor) => _system.UnderlyingActor<ProbeActor>(Ref).WatchFromProbe(actor);

    /// <summary>Runs the system until the probe receives a message, and asserts it is a <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The expected type.</typeparam>
    /// <param name="predicate">An optional further check.</param>
    /// <returns>The message.</returns>
    public T ExpectMsg<T>(Func<T, bool>? predicate = null)
    {
        var message = Next($"a {typeof(T).Name}");
        if (message is not T typed)
        {
            throw new TestKitAssertionException($"expected a {typeof(T).Name}, received {Describe(message)}");
        }

        if (predicate is not null && !predicate(typed))
        {
            throw new TestKitAssertionException($"received {Describe(message)}, which does not match the predicate");
        }

        return typed;
    }

    /// <summary>Runs the system and asserts the next message equals <paramref name="expected"/>.</summary>
    /// <typeparam name="T">The message type.</typeparam>
    /// <param name="expected">The expected message.</param>
    /// <returns>The message.</returns>
    public T ExpectMsg<T>(T expected)
        where T : notnull
    {
        var message = Next(Describe(expected));
        return message is T typed && EqualityComparer<T>.Default.Equals(typed, expected)
            ? typed
            : throw new TestKitAssertionException($"expected {Describe(expected)}, received {Describe(message)}");
    }

    /// <summary>Runs the system to quiescence (within the budget) and asserts the probe received nothing.</summary>
    public void ExpectNoMsg()
    {
        if (_received.Count == 0)
        {
            for (var i = 0; i < MaxSteps && _received.Count == 0 && _system.Step(); i++)
            {
            }
        }

        if (_received.Count > 0)
        {
            throw new TestKitAssertionException($"expected no message, received {Describe(_received.Peek().Message)}");
        }
    }

    /// <summary>Takes messages until one of type <typeparamref name="T"/> matches <paramref name="isTheOne"/>; others are discarded.</summary>
    /// <typeparam name="T">The message type.</typeparam>
    /// <param name="isTheOne">The predicate.</param>
    /// <returns>The matching message.</returns>
    public T FishForMessage<T>(Func<T, bool> isTheOne)
    {
        while (true)
        {
            var message = Next($"a {typeof(T).Name} matching the predicate");
            if (message is T typed && isTheOne(typed))
            {
                return typed;
            }
        }
    }

    internal void Enqueue(in Envelope envelope) => _received.Enqueue(envelope);

    private static string Describe(object message) => $"{message.GetType().Name} {message}";

    private object Next(string expectation)
    {
        var steps = 0;
        while (_received.Count == 0)
        {
            if (steps++ >= MaxSteps)
            {
                throw new TestKitAssertionException($"expected {expectation} within {MaxSteps} steps, received nothing");
            }

            if (!_system.Step())
            {
                var why = _system.Violation is { } v ? $"a violation stopped the run: {v}" : "the system is quiescent";
                throw new TestKitAssertionException($"expected {expectation}, received nothing: {why}");
            }
        }

        var envelope = _received.Dequeue();
        LastSender = envelope.Sender;
        return envelope.Message;
    }

    /// <summary>The actor behind a probe: it only records what it receives.</summary>
    internal sealed class ProbeActor(TestProbe probe) : ActorBase
    {
        public void WatchFromProbe(IActorRef actor) => Context.Watch(actor);

        protected override bool Receive(object message)
        {
            probe.Enqueue(new Envelope(message, Sender));
            return true;
        }
    }
}
