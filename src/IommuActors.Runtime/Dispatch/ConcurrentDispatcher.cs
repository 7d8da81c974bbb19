using System.Collections.Concurrent;
using IommuActors.Runtime.Hashing;
using IommuActors.Runtime.Scheduling;
using IommuActors.Runtime.Timers;

namespace IommuActors.Runtime.Dispatch;

/// <summary>
/// Real threads: a pool of workers runs actors in parallel, one message at a time per actor, like Akka's default
/// dispatcher. Per sender-receiver FIFO holds because each channel is fed by one sender into the receiver's
/// queue. Each actor logs the order it received messages and made data choices, so a run can be turned into a
/// controlled schedule and replayed. Timers use the virtual clock and fire when everything else is idle.
/// </summary>
internal sealed partial class ConcurrentDispatcher : Dispatcher
{
    [ThreadStatic]
    private static ActorCell? _running;

    private readonly ConcurrentQueue<ActorCell> _ready = new();
    private readonly SemaphoreSlim _signal = new(0);
    private readonly object _idleLock = new();
    private readonly List<TimerEntry> _timers = [];
    private readonly List<ScheduleStep> _externalLog = [];
    private readonly DeterministicRandom _externalRandom;
    private readonly Thread[] _workers;
    private readonly int _throughput;
    private readonly long _maxDeliveries;
    private long _pending;
    private long _deliveries;
    private volatile bool _stopping;
    private bool _started;

    public ConcurrentDispatcher(ActorSystem system, ActorSystemSettings settings)
        : base(system)
    {
        _throughput = settings.Throughput;
        _maxDeliveries = settings.MaxDeliveries;
        _externalRandom = new DeterministicRandom(settings.Seed);
        var count = settings.Workers > 0 ? settings.Workers : Environment.ProcessorCount;
        _workers = new Thread[count];
        for (var i = 0; i < count; i++)
        {
            _workers[i] = new Thread(WorkerLoop) { IsBackground = true, Name = $"{system.Name}-worker-{i}" };
        }
    }

    public override int StepIndex => (int)Math.Min(int.MaxValue, Interlocked.Read(ref _deliveries));

    public override ActorCell? Current => _running is { } c && ReferenceEquals(c.System, System) ? c : null;

    public long TotalDeliveries => Interlocked.Read(ref _deliveries);

    public bool StoppedByBound { get; private set; }

    public int WorkerCount => _workers.Length;

    public override ActorCell? SwapCurrent(ActorCell? cell)
    {
        var previous = _running;
        _running = cell;
        return previous;
    }

    public override void Starting(ActorCell cell)
    {
        cell.Mailbox = new ConcurrentMailbox();
        cell.Mailbox.TrySchedule();
        Interlocked.Increment(ref _pending);
    }

    public override void Started(ActorCell cell)
    {
        cell.Mailbox!.Unschedule();
        Reschedule(cell);
        Done(1);
    }

    public override void Send(Endpoint source, ActorCell target, in Envelope envelope)
    {
        if (target.IsTerminated)
        {
            System.AddDeadLetter(envelope, target);
            return;
        }

        Channel channel;
        lock (source)
        {
            channel = source.ChannelTo(target);
        }

        Post(target, new MailItem(channel, envelope, null, MailControl.None, null));
    }

    public override int ChooseInt(ActorCell? chooser, int maxExclusive)
    {
        if (maxExclusive <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(maxExclusive), maxExclusive, "must be positive");
        }

        var (random, log, path) = ChoiceSource(chooser);
        lock (log)
        {
            var value = random.NextInt(maxExclusive);
            log.Add(new ScheduleStep(StepKind.ChooseInt, path, string.Empty, maxExclusive, string.Empty, value));
            return value;
        }
    }

    public override bool ChooseBool(ActorCell? chooser)
    {
        var (random, log, path) = ChoiceSource(chooser);
        lock (log)
        {
            var value = random.NextBool();
            log.Add(new ScheduleStep(StepKind.ChooseBool, path, string.Empty, 0, string.Empty, value ? 1 : 0));
            return value;
        }
    }

    public override void RequestStop(ActorCell cell)
    {
        if (ReferenceEquals(Current, cell))
        {
            System.StopActor(cell);
            return;
        }

        Post(cell, new MailItem(null, default, null, MailControl.Stop, null));
    }

    public override void Escalate(ActorCell supervisor, Exception exception) =>
        Post(supervisor, new MailItem(null, default, null, MailControl.Escalated, exception));

    public override void ActorStopped(ActorCell cell)
    {
        // Whatever is still queued is drained as dead letters by the next RunCell on this terminated cell.
        Reschedule(cell);
    }

    public override void Unstashed(ActorCell cell, int count) => Interlocked.Add(ref _pending, count);

    public override void TimerStarted(TimerEntry entry)
    {
        lock (_idleLock)
        {
            _timers.Add(entry);
        }
    }

    public override void TimerCancelled(TimerEntry entry)
    {
        lock (_idleLock)
        {
            _timers.Remove(entry);
        }
    }

    /// <summary>Blocks until no message is queued or running and no timer is left (or the bound or a violation stopped the run).</summary>
    public void AwaitIdle()
    {
        lock (_idleLock)
        {
            while (!_stopping && (Interlocked.Read(ref _pending) > 0 || FireEarliestTimerLocked()))
            {
                Monitor.Wait(_idleLock);
            }
        }
    }

    /// <summary>Stops the worker threads.</summary>
    public void Shutdown()
    {
        _stopping = true;
        lock (_idleLock)
        {
            Monitor.PulseAll(_idleLock);
        }

        if (_started)
        {
            _signal.Release(_workers.Length);
            foreach (var worker in _workers)
            {
                worker.Join();
            }
        }

        _signal.Dispose();
    }

    /// <summary>Returns every actor's receive log, and the choices made outside actors under <c>/</c>.</summary>
    public SortedDictionary<string, IReadOnlyList<ScheduleStep>> ReceiveLog(IEnumerable<ActorCell> cells)
    {
        var log = new SortedDictionary<string, IReadOnlyList<ScheduleStep>>(StringComparer.Ordinal);
        foreach (var cell in cells)
        {
            if (cell.Mailbox is { Log.Count: > 0 } mailbox)
            {
                log[cell.PathText] = mailbox.Log.ToArray();
            }
        }

        if (_externalLog.Count > 0)
        {
            log["/"] = _externalLog.ToArray();
        }

        return log;
    }

    private (DeterministicRandom Random, List<ScheduleStep> Log, string Path) ChoiceSource(ActorCell? chooser)
    {
        if (chooser?.Mailbox is { } mailbox)
        {
            mailbox.Random ??= new DeterministicRandom(DeterministicRandom.Derive(_externalRandom.Seed, (long)StableHash.Of(chooser.PathText)));
            return (mailbox.Random, mailbox.Log, chooser.PathText);
        }

        return (_externalRandom, _externalLog, "/");
    }
}
