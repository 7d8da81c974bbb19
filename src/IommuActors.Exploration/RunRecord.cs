using IommuActors.Runtime;
using IommuActors.Runtime.Scheduling;

namespace IommuActors.Exploration;

/// <summary>One explored schedule, with its hashes.</summary>
/// <param name="Outcome">How the run ended.</param>
/// <param name="Violation">The violation, if any.</param>
/// <param name="Schedule">The recorded schedule.</param>
/// <param name="Deliveries">Handler runs.</param>
/// <param name="StateHash">Stable hash of the final state.</param>
/// <param name="Crashes">Supervised actor failures.</param>
public sealed record RunRecord(RunOutcome Outcome, Violation? Violation, Schedule Schedule, int Deliveries, ulong StateHash, IReadOnlyList<CrashEvent> Crashes)
{
    /// <summary>Gets the stable hash of the schedule's step list.</summary>
    public ulong ScheduleHash => Schedule.Hash;
}
