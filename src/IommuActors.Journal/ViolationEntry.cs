namespace IommuActors.Journal;

/// <summary>A journaled violation: everything needed to replay it on another machine.</summary>
/// <param name="RunId">The run that found it.</param>
/// <param name="ViolationId">The stable violation id (e.g. <c>partial-iommu-probe</c>).</param>
/// <param name="Message">Its message.</param>
/// <param name="ScheduleIndex">Which schedule of the run found it.</param>
/// <param name="Schedule">The full schedule, one step per line (<c>Schedule.ToText()</c>).</param>
/// <param name="MinimizedSchedule">The minimised schedule, or null.</param>
/// <param name="ScheduleHash">The schedule's stable hash (16 hex digits).</param>
/// <param name="StateHash">The final state's stable hash (16 hex digits).</param>
/// <param name="Verdict">The replay verdict.</param>
public sealed record ViolationEntry(long RunId, string ViolationId, string Message, int ScheduleIndex, string Schedule, string? MinimizedSchedule, string ScheduleHash, string StateHash, string Verdict)
{
    /// <summary>Gets the journal id assigned when it was recorded (0 before).</summary>
    public long JournalId { get; init; }
}
