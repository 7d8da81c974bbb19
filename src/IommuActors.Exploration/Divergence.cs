using IommuActors.Runtime.Scheduling;

namespace IommuActors.Exploration;

/// <summary>Where and how a replay left its schedule.</summary>
/// <param name="Step">Index of the first step that differs.</param>
/// <param name="Expected">The recorded step (null: the run went on past the schedule's end).</param>
/// <param name="Actual">What the run offered at that point (empty: the run ended before the schedule did).</param>
public sealed record Divergence(int Step, ScheduleStep? Expected, IReadOnlyList<ScheduleStep> Actual)
{
    /// <inheritdoc/>
    public override string ToString()
    {
        var expected = Expected?.ToString() ?? "(end of schedule)";
        var actual = Actual.Count == 0 ? "(nothing: the run was quiescent)" : string.Join(" | ", Actual);
        return $"replay diverged at step {Step}: expected '{expected}', actual '{actual}'";
    }
}
