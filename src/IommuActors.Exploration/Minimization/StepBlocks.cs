using IommuActors.Runtime.Scheduling;

namespace IommuActors.Exploration.Minimization;

/// <summary>
/// Splits a schedule into blocks that move as a unit: a delivery (timer, unstash) with the data choices its handler
/// made. Data choices made before the first delivery (by set-up code) form a leading block.
/// </summary>
internal static class StepBlocks
{
    public static List<Block> Split(Schedule schedule)
    {
        var steps = schedule.Steps;
        var blocks = new List<Block>();
        var start = 0;
        for (var i = 1; i <= steps.Length; i++)
        {
            if (i == steps.Length || IsHandlerRun(steps[i]))
            {
                blocks.Add(new Block(start, i - start, steps[start].Receiver, IsHandlerRun(steps[start])));
                start = i;
            }
        }

        return blocks;
    }

    public static IEnumerable<ScheduleStep> Join(Schedule schedule, IEnumerable<Block> blocks) =>
        blocks.SelectMany(b => Enumerable.Range(b.Start, b.Count).Select(i => schedule.Steps[i]));

    private static bool IsHandlerRun(ScheduleStep step) => step.Kind is StepKind.Deliver or StepKind.Timer or StepKind.Unstash;

    /// <summary>A run of steps.</summary>
    /// <param name="Start">Index of its first step.</param>
    /// <param name="Count">Number of steps.</param>
    /// <param name="Receiver">Receiver of its first step.</param>
    /// <param name="IsHandlerRun">False for the leading block of set-up choices.</param>
    internal readonly record struct Block(int Start, int Count, string Receiver, bool IsHandlerRun);
}
