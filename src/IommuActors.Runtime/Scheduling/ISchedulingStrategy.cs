namespace IommuActors.Runtime.Scheduling;

/// <summary>
/// The one choice source of a controlled run. Every delivery, timer and data choice goes through it, and the
/// dispatcher appends the outcome to the schedule. Strategies see the whole enabled set and, for each entry,
/// which actor it would touch, which is what PCT, delay bounding and DPOR need.
/// </summary>
public interface ISchedulingStrategy
{
    /// <summary>Picks the next step among the enabled ones.</summary>
    /// <param name="enabled">The enabled steps (never empty).</param>
    /// <param name="stepIndex">The index the chosen step will have in the schedule.</param>
    /// <returns>An index into <paramref name="enabled"/>.</returns>
    int NextStep(EnabledSet enabled, int stepIndex);

    /// <summary>Picks a data value in [0, <paramref name="maxExclusive"/>).</summary>
    /// <param name="maxExclusive">The number of options (positive).</param>
    /// <param name="chooser">Path of the choosing actor, or <c>/</c> outside actors.</param>
    /// <param name="stepIndex">The index the choice will have in the schedule.</param>
    /// <returns>The value.</returns>
    int NextInt(int maxExclusive, string chooser, int stepIndex);

    /// <summary>Picks a boolean.</summary>
    /// <param name="chooser">Path of the choosing actor, or <c>/</c> outside actors.</param>
    /// <param name="stepIndex">The index the choice will have in the schedule.</param>
    /// <returns>The value.</returns>
    bool NextBool(string chooser, int stepIndex);
}
