using IommuActors.Runtime.Scheduling;

namespace IommuActors.Runtime.Dispatch;

/// <summary>
/// Shared emulated state on real threads. A step that touches it (<see cref="ActorSystem.TouchShared"/>) holds the
/// system's shared-state lock from that touch until the step ends, so steps stay atomic, as in controlled mode. A step
/// is a delivery together with the deliveries of the messages it unstashed: the controlled dispatcher runs those
/// before anything else (forced steps). The order in which steps took the lock is recorded, keyed by the step's
/// delivery in its actor's receive log: per-actor receive orders alone do not fix how steps on different actors
/// interleaved their accesses, and a controlled rebuild must follow that order too.
/// </summary>
internal sealed partial class ConcurrentDispatcher
{
    /// <summary>The step this worker thread is running (one per thread, reused).</summary>
    [ThreadStatic]
    private static SharedScope? _scope;

    private readonly object _sharedLock = new();
    private readonly List<SharedAccess> _sharedOrder = [];

    /// <summary>Gets, in lock order, which step (actor path, index of its delivery in the receive log) touched shared state.</summary>
    public IReadOnlyList<SharedAccess> SharedOrder()
    {
        lock (_sharedLock)
        {
            return [.. _sharedOrder];
        }
    }

    /// <summary>The running step touches shared state: take the lock (once per step) and record the access.</summary>
    public void TouchShared()
    {
        if (_scope is not { Active: true, Held: false } scope || !ReferenceEquals(scope.Owner, this))
        {
            return;
        }

        Monitor.Enter(_sharedLock);
        scope.Held = true;
        _sharedOrder.Add(new SharedAccess(scope.Path, scope.LogIndex));
    }

    /// <summary>Starts a step of <paramref name="cell"/>; its receive-log index is set when the delivery is logged (-1 for unlogged work).</summary>
    private SharedScope BeginStep(ActorCell cell)
    {
        var scope = _scope ??= new SharedScope();
        scope.Owner = this;
        scope.Path = cell.PathText;
        scope.LogIndex = -1;
        scope.Held = false;
        scope.Active = true;
        return scope;
    }

    /// <summary>Ends the step: releases the shared-state lock if the step took it.</summary>
    private void EndStep(SharedScope scope)
    {
        scope.Active = false;
        if (scope.Held)
        {
            scope.Held = false;
            Monitor.Exit(_sharedLock);
        }
    }

    /// <summary>Delivers the messages <paramref name="cell"/>'s step unstashed, inside that step.</summary>
    private int DeliverUnstashed(ActorCell cell, ConcurrentMailbox mailbox)
    {
        var delivered = 0;
        while (!cell.IsTerminated && cell.TryTakeUnstashed(out var unstashed, out _))
        {
            Deliver(cell, mailbox, unstashed);
            Done(1);
            delivered++;
        }

        return delivered;
    }

    private sealed class SharedScope
    {
        public ConcurrentDispatcher? Owner { get; set; }

        public string Path { get; set; } = string.Empty;

        public int LogIndex { get; set; }

        public bool Held { get; set; }

        public bool Active { get; set; }
    }
}
