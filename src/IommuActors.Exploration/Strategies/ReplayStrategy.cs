using IommuActors.Runtime.Scheduling;

namespace IommuActors.Exploration.Strategies;

/// <summary>
/// Follows a recorded schedule step by step, matching each step by meaning (receiver, sender, sequence number,
/// message type; data choices by value). The first step that cannot be matched ends the run with a
/// <see cref="ScheduleDivergenceException"/> naming the index, what was expected and what was enabled.
/// </summary>
public sealed class ReplayStrategy(Schedule schedule) : IExplorationStrategy
{
    /// <summary>Gets the schedule being replayed.</summary>
    public Schedule Schedule { get; } = schedule;

    /// <inheritdoc/>
    public string Description => $"replay({Schedule.Count} steps)";

    /// <inheritdoc/>
    public bool IsExhausted { get; private set; }

    /// <inheritdoc/>
    public bool PrepareIteration(int iteration) => iteration == 0;

    /// <inheritdoc/>
    public void CompleteIteration(bool hitStepBound) => IsExhausted = true;

    /// <inheritdoc/>
    public int NextStep(EnabledSet enabled, int stepIndex)
    {
        if (stepIndex >= Schedule.Count)
        {
            throw new ScheduleDivergenceException(stepIndex, null, enabled.Describe());
        }

        var expected = Schedule.Steps[stepIndex];
        var index = enabled.IndexOf(expected);
        if (index < 0)
        {
            throw new ScheduleDivergenceException(stepIndex, expected, enabled.Describe());
        }

        return index;
    }

    /// <inheritdoc/>
    public int NextInt(int maxExclusive, string chooser, int stepIndex)
    {
        var actual = new ScheduleStep(StepKind.ChooseInt, chooser, string.Empty, maxExclusive, string.Empty, 0);
        var expected = Expected(stepIndex, [actual]);
        if (expected.Kind != StepKind.ChooseInt || expected.Receiver != chooser || expected.Sequence != maxExclusive
            || expected.Value < 0 || expected.Value >= maxExclusive)
        {
            throw new ScheduleDivergenceException(stepIndex, expected, [actual]);
        }

        return (int)expected.Value;
    }

    /// <inheritdoc/>
    public bool NextBool(string chooser, int stepIndex)
    {
        var actual = new ScheduleStep(StepKind.ChooseBool, chooser, string.Empty, 0, string.Empty, 0);
        var expected = Expected(stepIndex, [actual]);
        if (expected.Kind != StepKind.ChooseBool || expected.Receiver != chooser)
        {
            throw new ScheduleDivergenceException(stepIndex, expected, [actual]);
        }

        return expected.Value != 0;
    }

    private ScheduleStep Expected(int stepIndex, IReadOnlyList<ScheduleStep> actual)
    {
        if (stepIndex >= Schedule.Count)
        {
            throw new ScheduleDivergenceException(stepIndex, null, actual);
        }

        return Schedule.Steps[stepIndex];
    }
}
