using IommuActors.Runtime.Scheduling;
using IommuActors.Runtime.Timers;

namespace IommuActors.Runtime.Dispatch;

/// <summary>
/// Single-threaded, fully controlled execution. Each <see cref="Step"/> delivers the head of one channel or fires
/// one due timer, chosen by the strategy, and runs the handler to completion. Every choice is recorded.
/// </summary>
internal sealed class ControlledDispatcher(ActorSystem system, ISchedulingStrategy strategy) : Dispatcher(system)
{
    private readonly EnabledSet _enabled = new();
    private readonly ScheduleRecorder _recorder = new();
    private readonly Queue<ActorCell> _forced = new();
    private readonly List<TimerEntry> _timers = [];
    private readonly List<TimerEntry> _dueTimers = [];
    private readonly IStepObserverStrategy? _observer = strategy as IStepObserverStrategy;
    private readonly List<string> _touched = [];
    private ActorCell? _current;
    private int _executing = -1;

    public ISchedulingStrategy Strategy { get; } = strategy;

    public EnabledSet Enabled => _enabled;

    public ScheduleRecorder Recorder => _recorder;

    /// <summary>Gets the number of deliveries (handler runs) so far.</summary>
    public int Deliveries { get; private set; }

    public override int StepIndex => _recorder.Count;

    public override ActorCell? Current => _current;

    public bool HasWork => _forced.Count > 0 || _enabled.Count > 0;

    public bool HasForcedSteps => _forced.Count > 0;

    public override ActorCell? SwapCurrent(ActorCell? cell)
    {
        var previous = _current;
        _current = cell;
        return previous;
    }

    /// <summary>Runs one step; returns false when nothing is enabled.</summary>
    public bool Step()
    {
        if (_forced.Count > 0 && DeliverUnstashed())
        {
            return true;
        }

        var count = _enabled.Count;
        if (count == 0)
        {
            return false;
        }

        var index = Strategy.NextStep(_enabled, _recorder.Count);
        if ((uint)index >= (uint)count)
        {
            throw new InvalidOperationException($"strategy {Strategy.GetType().Name} picked {index} of {count} enabled steps");
        }

        var pending = _enabled.Get(index);
        Deliveries++;
        if (pending is Channel channel)
        {
            Deliver(channel);
        }
        else
        {
            Fire((TimerEntry)pending);
        }

        return true;
    }

    public override void Send(Endpoint source, ActorCell target, in Envelope envelope)
    {
        if (target.IsTerminated)
        {
            System.AddDeadLetter(envelope, target);
            return;
        }

        var channel = source.ChannelTo(target);
        channel.Enqueue(envelope, _executing);
        if (channel.EnabledIndex < 0)
        {
            _enabled.Add(channel);
        }
    }

    public override int ChooseInt(ActorCell? chooser, int maxExclusive)
    {
        if (maxExclusive <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(maxExclusive), maxExclusive, "must be positive");
        }

        var path = chooser?.PathText ?? "/";
        var value = Strategy.NextInt(maxExclusive, path, _recorder.Count);
        if ((uint)value >= (uint)maxExclusive)
        {
            throw new InvalidOperationException($"strategy {Strategy.GetType().Name} chose {value} outside [0, {maxExclusive})");
        }

        _recorder.Add(StepKind.ChooseInt, path, maxExclusive, null, value);
        return value;
    }

    public override bool ChooseBool(ActorCell? chooser)
    {
        var path = chooser?.PathText ?? "/";
        var value = Strategy.NextBool(path, _recorder.Count);
        _recorder.Add(StepKind.ChooseBool, path, 0, null, value ? 1 : 0);
        return value;
    }

    public override void ActorStopped(ActorCell cell)
    {
        foreach (var channel in cell.Incoming)
        {
            while (channel.Count > 0)
            {
                System.AddDeadLetter(channel.Dequeue(), cell);
            }

            _enabled.Remove(channel);
        }
    }

    public override void Unstashed(ActorCell cell, int count)
    {
        if (!_forced.Contains(cell))
        {
            _forced.Enqueue(cell);
        }
    }

    public override void TimerStarted(TimerEntry entry)
    {
        _timers.Add(entry);
        RefreshDueTimers();
    }

    public override void TimerCancelled(TimerEntry entry)
    {
        _timers.Remove(entry);
        RefreshDueTimers();
    }

    private void Deliver(Channel channel)
    {
        var envelope = channel.Dequeue();
        var sequence = channel.Delivered++;
        if (channel.Count == 0)
        {
            _enabled.Remove(channel);
        }

        _recorder.Add(StepKind.Deliver, channel, sequence, envelope.Message.GetType(), 0);
        Execute(channel.Target, envelope);
    }

    private void Fire(TimerEntry timer)
    {
        System.Clock.AdvanceTo(timer.DueTicks);
        var sequence = timer.Owner.OnFired(timer);
        if (!timer.Active)
        {
            _timers.Remove(timer);
        }

        RefreshDueTimers();
        _recorder.Add(StepKind.Timer, timer, sequence, timer.Payload.GetType(), 0);
        Execute(timer.Owner.Cell, new Envelope(timer.Payload, ActorRefs.Nobody));
    }

    /// <summary>Messages returned by UnstashAll go first, as in Akka (they are prepended to the mailbox); no choice is made.</summary>
    private bool DeliverUnstashed()
    {
        while (_forced.Count > 0)
        {
            var cell = _forced.Peek();
            if (cell.IsTerminated || !cell.TryTakeUnstashed(out var envelope, out var sequence))
            {
                _forced.Dequeue();
                continue;
            }

            Deliveries++;
            _recorder.Add(StepKind.Unstash, cell, sequence, envelope.Message.GetType(), 0);
            Execute(cell, envelope);
            return true;
        }

        return false;
    }

    /// <summary>Runs one handler as step <c>_executing</c>; a strategy that watches steps learns the shared resources it touched.</summary>
    private void Execute(ActorCell target, in Envelope envelope)
    {
        var stepIndex = _recorder.Count - 1;
        _executing = stepIndex;
        target.Invoke(envelope);
        _executing = -1;
        if (_observer is not null)
        {
            _observer.OnStepCompleted(stepIndex, _touched);
            _touched.Clear();
        }
    }

    /// <summary>Records that the running step read or wrote shared (non-actor) state named <paramref name="resource"/>.</summary>
    public void TouchShared(string resource)
    {
        if (_observer is not null && _executing >= 0 && !_touched.Contains(resource))
        {
            _touched.Add(resource);
        }
    }

    /// <summary>Only the earliest-due timers are enabled, so virtual timers always fire in due-time order.</summary>
    private void RefreshDueTimers()
    {
        foreach (var t in _dueTimers)
        {
            _enabled.Remove(t);
        }

        _dueTimers.Clear();
        if (_timers.Count == 0)
        {
            return;
        }

        var earliest = long.MaxValue;
        foreach (var t in _timers)
        {
            earliest = Math.Min(earliest, t.DueTicks);
        }

        foreach (var t in _timers)
        {
            if (t.DueTicks == earliest)
            {
                _dueTimers.Add(t);
                _enabled.Add(t);
            }
        }
    }
}
