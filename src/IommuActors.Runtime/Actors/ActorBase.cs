namespace IommuActors.Runtime;

/// <summary>
/// Base of every actor (Akka's <c>ActorBase</c>). An actor handles one message at a time; its state is private
/// and only reached through messages. Override <see cref="Receive"/> or derive from <see cref="ReceiveActor"/>.
/// </summary>
public abstract class ActorBase
{
    private ActorCell? _cell;

    /// <summary>Initializes the actor. Only the runtime may create actors (through <see cref="Props"/>).</summary>
    protected ActorBase()
    {
        _cell = ActorCell.Constructing ?? throw new InvalidOperationException(
            "actors are created by ActorOf(Props), not with 'new'");
    }

    /// <summary>Gets the context: self, sender, children, timers and the recorded choice source.</summary>
    protected IActorContext Context => _cell ?? throw new InvalidOperationException("actor is not running");

    /// <summary>Gets this actor's own reference.</summary>
    protected IActorRef Self => Context.Self;

    /// <summary>Gets the sender of the message being handled (<see cref="ActorRefs.Nobody"/> when none).</summary>
    protected IActorRef Sender => Context.Sender;

    /// <summary>Gets the cell that runs this instance.</summary>
    internal ActorCell Cell => _cell!;

    /// <summary>
    /// Gets an optional name for the actor's current state, reported with its behaviour stack depth to an
    /// <see cref="IStepObserver"/> (coverage counts (actor type, state, message type) triples). Null by default.
    /// </summary>
    protected virtual string? StateName => null;

    /// <summary>Handles one message; returns false when it is not handled.</summary>
    /// <param name="message">The message.</param>
    /// <returns>True when handled.</returns>
    protected abstract bool Receive(object message);

    /// <summary>Called once before the first message, and after a restart by <see cref="PostRestart"/>.</summary>
    protected virtual void PreStart()
    {
    }

    /// <summary>Called after the actor stopped; its children are already stopped.</summary>
    protected virtual void PostStop()
    {
    }

    /// <summary>Called on the failed instance before it is replaced. Akka's default stops the children and calls <see cref="PostStop"/>.</summary>
    /// <param name="reason">The failure.</param>
    /// <param name="message">The message being handled when it failed, if any.</param>
    protected virtual void PreRestart(Exception reason, object? message)
    {
        foreach (var child in Context.GetChildren())
        {
            Context.Stop(child);
        }

        PostStop();
    }

    /// <summary>Called on the fresh instance after a restart. Akka's default calls <see cref="PreStart"/>.</summary>
    /// <param name="reason">The failure that caused the restart.</param>
    protected virtual void PostRestart(Exception reason) => PreStart();

    /// <summary>The strategy that supervises this actor's children. Akka's default restarts on any exception.</summary>
    /// <returns>The strategy.</returns>
    protected virtual SupervisorStrategy SupervisorStrategy() => Runtime.SupervisorStrategy.DefaultStrategy;

    /// <summary>Called for a message no behaviour handled: an unhandled <see cref="Terminated"/> is a death pact.</summary>
    /// <param name="message">The message.</param>
    protected virtual void Unhandled(object message)
    {
        if (message is Terminated terminated)
        {
            throw new DeathPactException(terminated.ActorRef);
        }

        Cell.RecordUnhandled(message);
    }

    internal void InvokeUnhandled(object message) => Unhandled(message);

    internal string? InvokeStateName() => StateName;

    /// <summary>Lists the message types the initial behaviour has typed handlers for (for coverage).</summary>
    internal virtual IReadOnlyList<Type> InitialMessageTypes() => [];

    internal bool InvokeReceive(object message) => Receive(message);

    internal void InvokePreStart() => PreStart();

    internal void InvokePostStop() => PostStop();

    internal void InvokePreRestart(Exception reason, object? message) => PreRestart(reason, message);

    internal void InvokePostRestart(Exception reason) => PostRestart(reason);

    internal SupervisorStrategy InvokeSupervisorStrategy() => SupervisorStrategy();

    /// <summary>Runs once the constructor has returned.</summary>
    internal virtual void OnConstructed()
    {
    }

    internal void Detach() => _cell = null;
}
