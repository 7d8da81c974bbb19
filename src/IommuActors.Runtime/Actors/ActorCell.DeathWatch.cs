namespace IommuActors.Runtime;

/// <summary>
/// DeathWatch: who watches this cell, and whom it watches. Lists, not hash sets, so notification order is
/// deterministic; the watcher list is locked because watchers may register from other threads (concurrent mode).
/// </summary>
internal sealed partial class ActorCell
{
    private readonly object _watchLock = new();
    private List<ActorCell>? _watchers;
    private List<ActorCell>? _watching;

    public IActorRef Watch(IActorRef subject)
    {
        if (subject is not LocalActorRef { Cell: var target } || ReferenceEquals(target, this))
        {
            return subject;
        }

        _watching ??= [];
        if (_watching.Contains(target))
        {
            return subject;
        }

        _watching.Add(target);
        bool alreadyDead;
        lock (target._watchLock)
        {
            alreadyDead = target.IsTerminated;
            if (!alreadyDead)
            {
                (target._watchers ??= []).Add(this);
            }
        }

        if (alreadyDead)
        {
            System.Dispatcher.Send(target, this, new Envelope(new Terminated(target.Self), target.Self));
        }

        return subject;
    }

    public IActorRef Unwatch(IActorRef subject)
    {
        if (subject is LocalActorRef { Cell: var target })
        {
            _watching?.Remove(target);
            lock (target._watchLock)
            {
                target._watchers?.Remove(this);
            }
        }

        return subject;
    }

    /// <summary>Sends <see cref="Terminated"/> to every watcher (from this cell's endpoint) and forgets all watches.</summary>
    public void NotifyWatchersAndForget()
    {
        List<ActorCell>? watchers;
        lock (_watchLock)
        {
            watchers = _watchers;
            _watchers = null;
        }

        foreach (var watcher in watchers ?? [])
        {
            if (!watcher.IsTerminated)
            {
                System.Dispatcher.Send(this, watcher, new Envelope(new Terminated(Self), Self));
            }
        }

        if (_watching is { } watching)
        {
            _watching = null;
            foreach (var target in watching)
            {
                lock (target._watchLock)
                {
                    target._watchers?.Remove(this);
                }
            }
        }
    }

    /// <summary>Returns true when the Terminated should reach the behaviour (we were still watching).</summary>
    private bool StopWatchingOnTerminated(IActorRef dead) =>
        dead is LocalActorRef { Cell: var cell } && _watching is not null && _watching.Remove(cell);
}
