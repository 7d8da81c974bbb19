using IommuActors.Runtime.Timers;

namespace IommuActors.Runtime.Dispatch;

/// <summary>
/// The seam between actors and the way they are run. The controlled dispatcher runs one step at a time on one
/// thread under a strategy; the concurrent one runs actors on real threads and records each actor's receive order.
/// </summary>
internal abstract class Dispatcher(ActorSystem system)
{
    public ActorSystem System { get; } = system;

    /// <summary>Gets the index the next recorded step will have (for crash and violation reports).</summary>
    public abstract int StepIndex { get; }

    /// <summary>Gets the actor whose handler is running on this thread, if any.</summary>
    public abstract ActorCell? Current { get; }

    /// <summary>Makes <paramref name="cell"/> the running actor and returns the previous one.</summary>
    public abstract ActorCell? SwapCurrent(ActorCell? cell);

    /// <summary>Queues <paramref name="envelope"/> on the channel from <paramref name="source"/> to <paramref name="target"/>.</summary>
    public abstract void Send(Endpoint source, ActorCell target, in Envelope envelope);

    /// <summary>A recorded integer choice.</summary>
    public abstract int ChooseInt(ActorCell? chooser, int maxExclusive);

    /// <summary>A recorded boolean choice.</summary>
    public abstract bool ChooseBool(ActorCell? chooser);

    /// <summary>Drops whatever was still queued for a stopped actor (as dead letters).</summary>
    public abstract void ActorStopped(ActorCell cell);

    /// <summary>An actor put <paramref name="count"/> stashed messages back at the front of its mailbox.</summary>
    public abstract void Unstashed(ActorCell cell, int count);

    /// <summary>Stops <paramref name="cell"/>: at once when it is safe (controlled, or the running actor itself), else asynchronously.</summary>
    public virtual void RequestStop(ActorCell cell) => System.StopActor(cell);

    /// <summary>Fails <paramref name="supervisor"/> with an exception escalated by one of its children.</summary>
    public virtual void Escalate(ActorCell supervisor, Exception exception) => System.HandleFailure(supervisor, exception, null);

    /// <summary>The cell is about to be constructed and started on the calling thread.</summary>
    public virtual void Starting(ActorCell cell)
    {
    }

    /// <summary>The cell's construction and PreStart are done.</summary>
    public virtual void Started(ActorCell cell)
    {
    }

    public abstract void TimerStarted(TimerEntry entry);

    public abstract void TimerCancelled(TimerEntry entry);
}
