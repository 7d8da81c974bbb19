namespace IommuActors.Runtime;

/// <summary>
/// Timers on the virtual clock (Akka's <c>ITimerScheduler</c>). No wall-clock time passes: a due timer is one
/// more enabled step, fired in due-time order, and the clock jumps to its due time when it fires.
/// </summary>
public interface ITimerScheduler
{
    /// <summary>Sends <paramref name="message"/> to self once after <paramref name="timeout"/>; replaces a timer with the same key.</summary>
    /// <param name="key">The timer key; its <c>ToString()</c> names the timer in schedules.</param>
    /// <param name="message">The message to send.</param>
    /// <param name="timeout">Virtual delay.</param>
    void StartSingleTimer(object key, object message, TimeSpan timeout);

    /// <summary>Sends <paramref name="message"/> to self every <paramref name="interval"/>.</summary>
    /// <param name="key">The timer key.</param>
    /// <param name="message">The message to send.</param>
    /// <param name="interval">Virtual period (also the first delay).</param>
    void StartPeriodicTimer(object key, object message, TimeSpan interval);

    /// <summary>Tells whether a timer with this key is active.</summary>
    /// <param name="key">The timer key.</param>
    /// <returns>True when active.</returns>
    bool IsTimerActive(object key);

    /// <summary>Cancels a timer; its message will not arrive.</summary>
    /// <param name="key">The timer key.</param>
    void Cancel(object key);

    /// <summary>Cancels every timer of this actor.</summary>
    void CancelAll();
}
