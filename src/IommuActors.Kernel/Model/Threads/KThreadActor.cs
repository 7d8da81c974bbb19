using IommuActors.Runtime;
using IommuActors.Runtime.Hashing;

namespace IommuActors.Kernel.Model.Threads;

/// <summary>
/// A kernel thread (init, the deferred-probe worker, an async-probe worker, a user-space task). It runs work items
/// one at a time; each is kernel code written as iterators, executed segment by segment: a <see cref="Yield.Preempt"/>
/// or a lock acquisition ends the step and lets the scheduler pick any thread next.
/// </summary>
internal class KThreadActor : ReceiveActor, IWithUnboundedStash, IStateHashable
{
    private readonly Stack<(string Function, IEnumerator<Yield> Frame)> _stack = new();
    private readonly Queue<Work> _queue = new();
    private KMutex? _acquiring;
    private Type? _waitingFor;

    public KThreadActor(Kernel kernel, string threadName)
    {
        Kernel = kernel;
        ThreadName = threadName;
        Receive<Work>(work =>
        {
            _queue.Enqueue(work);
            if (_stack.Count == 0 && _acquiring is null && _waitingFor is null)
            {
                StartNext();
            }
        });
        Receive<Run>(_ => Resume());
        RegisterHandlers();
        Receive<Wake>(wake =>
        {
            if (ReferenceEquals(_acquiring, wake.Mutex))
            {
                Resume();
            }
        });
        ReceiveAny(message =>
        {
            if (_waitingFor is not null && _waitingFor.IsInstanceOfType(message))
            {
                _waitingFor = null;
                LastMessage = message;
                Resume();
            }
            else
            {
                Stash.Stash();
            }
        });
    }

    public Kernel Kernel { get; }

    public string ThreadName { get; }

    public IStash Stash { get; set; } = null!;

    /// <summary>Gets the message that ended the last <see cref="Yield.WaitFor"/>.</summary>
    public object? LastMessage { get; private set; }

    /// <summary>Gets the simulated call chain, innermost first (for WARN splats).</summary>
    public IEnumerable<string> CallChain => _stack.Select(f => f.Function);

    public bool Idle => _stack.Count == 0 && _queue.Count == 0;

    public IActorRef Ref => Self;

    /// <summary>A thread's state is where it is: its call chain, what it waits for, and how much work is queued.</summary>
    public void HashState(StateHasher hasher)
    {
        hasher.Add(ThreadName);
        hasher.Add(string.Join("<", CallChain));
        hasher.Add(_acquiring?.Name);
        hasher.Add(_waitingFor?.Name);
        hasher.Add(_queue.Count);
    }

    public void WakeFor(KMutex mutex) => Self.Tell(new Wake(mutex), Self);

    private void StartNext()
    {
        if (_queue.Count == 0)
        {
            Stash.UnstashAll();
            OnIdle();
            return;
        }

        var work = _queue.Dequeue();
        _stack.Push((work.Function, work.Body(this).GetEnumerator()));
        Resume();
    }

    /// <summary>Registers handlers of a specialised thread (before the catch-all that stashes).</summary>
    protected virtual void RegisterHandlers()
    {
    }

    /// <summary>Called when the thread has nothing left to do.</summary>
    protected virtual void OnIdle()
    {
    }

    private void Resume()
    {
        // Kernel threads share the machine's state: every step that runs kernel code is dependent on every other.
        Kernel.System.TouchShared("kernel");
        Kernel.CurrentThread = this;
        try
        {
            if (_acquiring is { } mutex)
            {
                if (!mutex.TryTake(this))
                {
                    return;
                }

                _acquiring = null;
            }

            while (_stack.Count > 0)
            {
                var (_, frame) = _stack.Peek();
                if (!frame.MoveNext())
                {
                    _stack.Pop();
                    continue;
                }

                switch (frame.Current)
                {
                    case CallYield call:
                        _stack.Push((call.Function, call.Body.GetEnumerator()));
                        break;
                    case PreemptYield:
                        Self.Tell(Run.Instance, Self);
                        return;
                    case LockYield l:
                        _acquiring = l.Mutex;
                        Self.Tell(Run.Instance, Self);
                        return;
                    case WaitYield w:
                        _waitingFor = w.MessageType;
                        Stash.UnstashAll();
                        return;
                }
            }

            StartNext();
        }
        finally
        {
            Kernel.CurrentThread = null;
        }
    }

    /// <summary>A work item: kernel code to run on this thread.</summary>
    public sealed record Work(string Function, Func<KThreadActor, IEnumerable<Yield>> Body);

    /// <summary>Continue after a scheduling point.</summary>
    public sealed record Run
    {
        public static Run Instance { get; } = new();
    }

    /// <summary>A mutex this thread waits for was released.</summary>
    public sealed record Wake(KMutex Mutex);
}
