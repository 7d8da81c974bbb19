using IommuActors.Runtime.Scheduling;

namespace IommuActors.Exploration.Minimization;

/// <summary>
/// Follows a candidate schedule as far as it can and never diverges: a minimiser's replay. Each candidate step is
/// matched by meaning against the enabled steps (exactly, else the same channel at another sequence number, which
/// is what removing an earlier delivery of that channel leaves); a step that matches nothing is skipped. Data
/// choices take the recorded value when the next candidate step is a choice of the same kind by the same chooser,
/// else 0. Once the candidate is used up the run goes on deterministically with the first enabled step.
/// </summary>
/// <param name="candidate">The candidate schedule (it may have steps removed or reordered).</param>
public sealed class LenientReplayStrategy(Schedule candidate) : ISchedulingStrategy
{
    private int _cursor;

    /// <summary>Gets the candidate being followed.</summary>
    public Schedule Candidate { get; } = candidate;

    /// <summary>Gets how many candidate steps were followed.</summary>
    public int Followed { get; private set; }

    /// <summary>Gets how many candidate steps were skipped because nothing matched them.</summary>
    public int Skipped { get; private set; }

    /// <inheritdoc/>
    public int NextStep(EnabledSet enabled, int stepIndex)
    {
        ArgumentNullException.ThrowIfNull(enabled);
        while (Next() is { } expected)
        {
            _cursor++;
            var index = expected.Kind is StepKind.Deliver or StepKind.Timer ? Match(enabled, expected) : -1;
            if (index >= 0)
            {
                Followed++;
                return index;
            }

            Skipped++;
        }

        return 0;
    }

    /// <inheritdoc/>
    public int NextInt(int maxExclusive, string chooser, int stepIndex)
    {
        if (Next() is { Kind: StepKind.ChooseInt } expected && expected.Receiver == chooser)
        {
            _cursor++;
            if (expected.Sequence == maxExclusive && expected.Value >= 0 && expected.Value < maxExclusive)
            {
                Followed++;
                return (int)expected.Value;
            }

            Skipped++;
        }

        return 0;
    }

    /// <inheritdoc/>
    public bool NextBool(string chooser, int stepIndex)
    {
        if (Next() is { Kind: StepKind.ChooseBool } expected && expected.Receiver == chooser)
        {
            _cursor++;
            Followed++;
            return expected.Value != 0;
        }

        return false;
    }

    private static int Match(EnabledSet enabled, ScheduleStep expected)
    {
        var exact = enabled.IndexOf(expected);
        if (exact >= 0)
        {
            return exact;
        }

        for (var i = 0; i < enabled.Count; i++)
        {
            var step = enabled[i];
            if (step.Kind == expected.Kind && string.Equals(step.ReceiverPath, expected.Receiver, StringComparison.Ordinal)
                && string.Equals(step.SenderPath, expected.Sender, StringComparison.Ordinal)
                && string.Equals(step.MessageType, expected.MessageType, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The next candidate step that is a choice; forced (unstash) steps are not choices and are passed over.</summary>
    private ScheduleStep? Next()
    {
        var steps = Candidate.Steps;
        while (_cursor < steps.Length && steps[_cursor].Kind == StepKind.Unstash)
        {
            _cursor++;
        }

        return _cursor < steps.Length ? steps[_cursor] : null;
    }
}
