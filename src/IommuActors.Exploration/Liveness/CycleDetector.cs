using IommuActors.Runtime.Scheduling;

namespace IommuActors.Exploration.Liveness;

/// <summary>
/// Finds a livelock in a run the step bound cut off: the schedule's tail is the same cycle of steps repeated
/// (steps compared by kind, receiver, sender and message type; sequence numbers keep growing in a loop, so they
/// are ignored). A deferred-probe retry loop looks like this.
/// </summary>
public static class CycleDetector
{
    /// <summary>Looks for the shortest cycle repeated at least <paramref name="minRepeats"/> times at the end.</summary>
    /// <param name="schedule">The schedule of a run that did not reach quiescence.</param>
    /// <param name="maxPeriod">The longest cycle considered.</param>
    /// <param name="minRepeats">How many times it must repeat.</param>
    /// <param name="minTail">How many steps the repetitions must cover together (short runs of the same step are not loops).</param>
    /// <returns>The cycle's steps (one period), or null.</returns>
    public static IReadOnlyList<ScheduleStep>? FindCycle(Schedule schedule, int maxPeriod = 64, int minRepeats = 3, int minTail = 48)
    {
        var steps = schedule.Steps.Where(s => s.Kind is StepKind.Deliver or StepKind.Timer or StepKind.Unstash).ToList();
        for (var period = 1; period <= maxPeriod; period++)
        {
            var repeatsNeeded = Math.Max(minRepeats, (minTail + period - 1) / period);
            if (period * repeatsNeeded > steps.Count)
            {
                break;
            }

            var start = steps.Count - (period * repeatsNeeded);
            var repeats = true;
            for (var i = start; i < steps.Count - period && repeats; i++)
            {
                repeats = Same(steps[i], steps[i + period]);
            }

            if (repeats)
            {
                return steps.GetRange(steps.Count - period, period);
            }
        }

        return null;
    }

    /// <summary>Formats a cycle for a violation message.</summary>
    /// <param name="cycle">The cycle.</param>
    /// <returns>One line.</returns>
    public static string Describe(IReadOnlyList<ScheduleStep> cycle) =>
        string.Join(" -> ", cycle.Select(s => $"{s.Receiver} <- {s.Sender} {s.MessageType}"));

    private static bool Same(ScheduleStep a, ScheduleStep b) =>
        a.Kind == b.Kind && a.Receiver == b.Receiver && a.Sender == b.Sender && a.MessageType == b.MessageType;
}
