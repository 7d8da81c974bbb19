namespace IommuActors.Runtime.Scheduling;

/// <summary>
/// Base of the exceptions a strategy throws to end a run (a replay diverged, nondeterminism was detected). The
/// runtime never treats them as actor failures: they pass through supervision and out of <c>Step()</c>.
/// </summary>
public abstract class ScheduleControlException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What happened.</param>
    protected ScheduleControlException(string message)
        : base(message)
    {
    }
}
