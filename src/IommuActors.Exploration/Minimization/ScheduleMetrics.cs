using IommuActors.Runtime.Scheduling;

namespace IommuActors.Exploration.Minimization;

/// <summary>Measures of a schedule that minimisation drives down.</summary>
public static class ScheduleMetrics
{
    /// <summary>The prefix of sender paths of environment events.</summary>
    public const string EnvironmentPrefix = "env:";

    /// <summary>Counts preemptions: adjacent steps whose receivers (choosers, for data choices) differ.</summary>
    /// <param name="schedule">The schedule.</param>
    /// <returns>The number of context switches.</returns>
    public static int Preemptions(Schedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var steps = schedule.Steps;
        var count = 0;
        for (var i = 1; i < steps.Length; i++)
        {
            if (!string.Equals(steps[i].Receiver, steps[i - 1].Receiver, StringComparison.Ordinal))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Counts deliveries of environment events (sender <c>env:NAME</c>).</summary>
    /// <param name="schedule">The schedule.</param>
    /// <returns>The number of environment deliveries.</returns>
    public static int EnvironmentEvents(Schedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return schedule.Steps.Count(IsEnvironmentEvent);
    }

    /// <summary>Tells whether a step delivers an environment event.</summary>
    /// <param name="step">The step.</param>
    /// <returns>True for a delivery whose sender path starts with <c>env:</c>.</returns>
    public static bool IsEnvironmentEvent(ScheduleStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return step.Kind == StepKind.Deliver && step.Sender.StartsWith(EnvironmentPrefix, StringComparison.Ordinal);
    }
}
