namespace IommuActors.Runtime;

/// <summary>
/// The virtual clock of an actor system. It starts at zero and only moves when a timer fires, jumping to that
/// timer's due time; no wall-clock time is ever read. It is a <see cref="TimeProvider"/>, so code written against
/// Polly or .NET timing APIs can be handed this clock.
/// </summary>
public sealed class VirtualClock : TimeProvider
{
    private static readonly DateTimeOffset Epoch = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Gets the virtual time elapsed since the system started.</summary>
    public TimeSpan Elapsed => TimeSpan.FromTicks(Ticks);

    /// <summary>Gets the elapsed virtual time in ticks (100 ns).</summary>
    public long Ticks { get; private set; }

    /// <inheritdoc/>
    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    /// <inheritdoc/>
    public override DateTimeOffset GetUtcNow() => Epoch.AddTicks(Ticks);

    /// <inheritdoc/>
    public override long GetTimestamp() => Ticks;

    /// <summary>Real timers would break determinism: use actor timers (<see cref="ITimerScheduler"/>) instead.</summary>
    /// <param name="callback">Unused.</param>
    /// <param name="state">Unused.</param>
    /// <param name="dueTime">Unused.</param>
    /// <param name="period">Unused.</param>
    /// <returns>Never returns.</returns>
    /// <exception cref="NotSupportedException">Always.</exception>
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        throw new NotSupportedException("the virtual clock has no real timers: use IWithTimers/ITimerScheduler");

    internal void AdvanceTo(long ticks)
    {
        if (ticks > Ticks)
        {
            Ticks = ticks;
        }
    }
}
