namespace IommuActors.Runtime;

/// <summary>Marks an actor that uses timers; the runtime sets <see cref="Timers"/> right after the constructor returns (as Akka does).</summary>
public interface IWithTimers
{
    /// <summary>Gets or sets the timer scheduler (set by the runtime).</summary>
    ITimerScheduler Timers { get; set; }
}
