using IommuActors.Runtime.Scheduling;

namespace IommuActors.Exploration;

/// <summary>A replay could not follow its schedule.</summary>
public sealed class ScheduleDivergenceException : ScheduleControlException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="step">The index of the first step that could not be matched.</param>
    /// <param name="expected">The recorded step, or null when the run went past the end of the schedule.</param>
    /// <param name="actual">What the run offered instead (the enabled steps, or the data choice asked for).</param>
    public ScheduleDivergenceException(int step, ScheduleStep? expected, IReadOnlyList<ScheduleStep> actual)
        : base(Describe(step, expected, actual))
    {
        Divergence = new Divergence(step, expected, actual);
    }

    /// <summary>Gets the divergence.</summary>
    public Divergence Divergence { get; }

    private static string Describe(int step, ScheduleStep? expected, IReadOnlyList<ScheduleStep> actual) =>
        new Divergence(step, expected, actual).ToString();
}
