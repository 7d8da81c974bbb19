namespace IommuActors.Exploration.Minimization;

/// <summary>
/// Drops environment events one at a time: the delivery of a step whose sender is <c>env:NAME</c> (with its data
/// choices) is removed from the candidate. The model still injects the event, so the lenient run may deliver it
/// later; the drop is kept when the violation still occurs and the recorded schedule is smaller.
/// </summary>
internal static class EnvironmentEventDropping
{
    public static bool Run(MinimizerSession session) => session.BlockByBlock(0, (schedule, blocks, i) =>
        blocks[i].IsHandlerRun && ScheduleMetrics.IsEnvironmentEvent(schedule.Steps[blocks[i].Start])
        && session.TryWithout(blocks[i].Start, blocks[i].Count));
}
