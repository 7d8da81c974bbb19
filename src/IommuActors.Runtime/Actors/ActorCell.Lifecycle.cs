namespace IommuActors.Runtime;

/// <summary>Termination and restart bookkeeping.</summary>
internal sealed partial class ActorCell
{
    private int _restartsInWindow;
    private long _windowStartTicks;

    public void MarkTerminated()
    {
        lock (_watchLock)
        {
            _terminated = true;
        }
    }

    public void CancelTimers() => _timers?.CancelAll();

    public void DetachActor()
    {
        _actor?.Detach();
        _actor = null;
        _behavior = static _ => false;
    }

    /// <summary>Counts a restart against the strategy's limit (on the virtual clock); false means stop instead.</summary>
    public bool AllowRestart(SupervisorStrategy strategy, long nowTicks)
    {
        if (strategy.MaxNumberOfRetries < 0)
        {
            return true;
        }

        if (strategy.WithinTimeRange > TimeSpan.Zero && nowTicks - _windowStartTicks > strategy.WithinTimeRange.Ticks)
        {
            _windowStartTicks = nowTicks;
            _restartsInWindow = 0;
        }

        _restartsInWindow++;
        return _restartsInWindow <= strategy.MaxNumberOfRetries;
    }
}
