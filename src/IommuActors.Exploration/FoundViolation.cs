using IommuActors.Exploration.Minimization;
using IommuActors.Runtime;
using IommuActors.Runtime.Scheduling;

namespace IommuActors.Exploration;

/// <summary>A violation with everything needed to bring it back.</summary>
/// <param name="Violation">The violation.</param>
/// <param name="ScheduleIndex">Which explored schedule (0-based) found it.</param>
/// <param name="IterationSeed">The seed of that schedule (random strategies), else 0.</param>
/// <param name="Schedule">The recorded schedule that reproduces it (the original, as explored).</param>
/// <param name="StateHash">Stable hash of the final state.</param>
/// <param name="Verdict">The outcome of the replay check.</param>
/// <param name="Detail">The divergence or mismatch when the verdict is not <see cref="ReplayVerdict.Reproduced"/>.</param>
public sealed record FoundViolation(Violation Violation, int ScheduleIndex, ulong IterationSeed, Schedule Schedule, ulong StateHash, ReplayVerdict Verdict, string? Detail)
{
    /// <summary>Gets the stable hash of the schedule.</summary>
    public ulong ScheduleHash => Schedule.Hash;

    /// <summary>Gets what minimisation gave, or null when it did not run (off, a repeated id, or a replay problem).</summary>
    /// <value>The default value is null.</value>
    public MinimizationResult? Minimization { get; init; }

    /// <summary>Gets the minimised schedule: it replays strictly to the same violation id; null when not minimised.</summary>
    public Schedule? MinimizedSchedule => Minimization?.Schedule;
}
