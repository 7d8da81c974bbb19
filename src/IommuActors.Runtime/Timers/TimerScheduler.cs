namespace IommuActors.Runtime.Timers;

/// <summary>One actor's timers. Timers are cancelled when the actor stops or restarts, as in Akka.</summary>
internal sealed class TimerScheduler(ActorCell cell) : ITimerScheduler
{
    private readonly List<TimerEntry> _timers = [];
    private Dictionary<string, int>? _fired;

    public ActorCell Cell { get; } = cell;

    public void StartSingleTimer(object key, object message, TimeSpan timeout) => Start(key, message, timeout, TimeSpan.Zero);

    public void StartPeriodicTimer(object key, object message, TimeSpan interval)
    {
        if (interval <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(interval), interval, "a periodic timer needs a positive interval");
        }

        Start(key, message, interval, interval);
    }

    public bool IsTimerActive(object key) => Find(key) is not null;

    public void Cancel(object key)
    {
        if (Find(key) is { } entry)
        {
            Remove(entry);
        }
    }

    public void CancelAll()
    {
        while (_timers.Count > 0)
        {
            Remove(_timers[^1]);
        }
    }

    public int FiredCount(string keyText) => _fired is not null && _fired.TryGetValue(keyText, out var n) ? n : 0;

    /// <summary>Called by the dispatcher when <paramref name="entry"/> fires; returns its sequence number.</summary>
    public int OnFired(TimerEntry entry)
    {
        _fired ??= new Dictionary<string, int>(StringComparer.Ordinal);
        var seq = FiredCount(entry.KeyText);
        _fired[entry.KeyText] = seq + 1;
        if (entry.IntervalTicks > 0)
        {
            entry.DueTicks += entry.IntervalTicks;
        }
        else
        {
            _timers.Remove(entry);
            entry.Active = false;
        }

        return seq;
    }

    private void Start(object key, object message, TimeSpan delay, TimeSpan interval)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(message);
        if (delay < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(delay), delay, "negative delay");
        }

        Cancel(key);
        var system = Cell.System;
        var entry = new TimerEntry(this, key, message, system.Clock.Ticks + delay.Ticks, interval.Ticks, system.NextTimerOrder());
        _timers.Add(entry);
        system.Dispatcher.TimerStarted(entry);
    }

    private TimerEntry? Find(object key)
    {
        foreach (var t in _timers)
        {
            if (Equals(t.Key, key))
            {
                return t;
            }
        }

        return null;
    }

    private void Remove(TimerEntry entry)
    {
        _timers.Remove(entry);
        entry.Active = false;
        Cell.System.Dispatcher.TimerCancelled(entry);
    }
}
