using IommuActors.Runtime.Scheduling;

namespace IommuActors.Runtime.Dispatch;

/// <summary>
/// Shared emulated state on real threads. A handler that touches it (<see cref="ActorSystem.TouchShared"/>) holds the
/// system's shared-state lock from that touch until it returns, so handlers stay atomic steps, as in controlled mode.
/// The order in which handlers took the lock is recorded: per-actor receive orders alone do not fix how handlers on
/// different actors interleaved their accesses, and a controlled rebuild must follow that order too.
/// </summary>
internal sealed partial class ConcurrentDispatcher
{
    [ThreadStatic]
    private static SharedScope? _scope;

    private readonly object _sharedLock = new();
    private readonly List<SharedAccess> _sharedOrder = [];

    /// <summary>Gets, in lock order, which delivery (actor path, index in its receive log) touched shared state.</summary>
    public IReadOnlyList<SharedAccess> SharedOrder()
    {
        lock (_sharedLock)
        {
            return [.. _sharedOrder];
        }
    }

    /// <summary>The running handler touches shared state: take the lock (once per handler) and record the access.</summary>
    public void TouchShared()
    {
        if (_scope is not { Owner: var owner, Held: false } scope || !ReferenceEquals(owner, this))
        {
            return;
        }

        Monitor.Enter(_sharedLock);
        scope.Held = true;
        _sharedOrder.Add(new SharedAccess(scope.Path, scope.LogIndex));
    }

    /// <summary>Runs a handler in a scope that releases the shared-state lock when it returns.</summary>
    private void InvokeScoped(ActorCell cell, ConcurrentMailbox mailbox, in Envelope envelope)
    {
        var outer = _scope;
        int logIndex;
        lock (mailbox.Log)
        {
            logIndex = mailbox.Log.Count - 1;
        }

        var scope = new SharedScope(this, cell.PathText, logIndex);
        _scope = scope;
        try
        {
            cell.Invoke(envelope);
        }
        finally
        {
            _scope = outer;
            if (scope.Held)
            {
                Monitor.Exit(_sharedLock);
            }
        }
    }

    private sealed class SharedScope(ConcurrentDispatcher owner, string path, int logIndex)
    {
        public ConcurrentDispatcher Owner { get; } = owner;

        public string Path { get; } = path;

        public int LogIndex { get; } = logIndex;

        public bool Held { get; set; }
    }
}
