using IommuActors.Runtime;
using IommuActors.Runtime.Scheduling;

namespace IommuActors.Exploration;

/// <summary>A run on real threads.</summary>
/// <param name="Outcome">How it ended.</param>
/// <param name="Violation">A violation reported during the run or at quiescence.</param>
/// <param name="Deliveries">Handler runs.</param>
/// <param name="Workers">Worker threads used.</param>
/// <param name="StateHash">Stable hash of the final state.</param>
/// <param name="ReceiveLog">Per-actor receive order, for <see cref="TestingEngine.ToControlled"/>.</param>
public sealed record ConcurrentRunRecord(
    RunOutcome Outcome,
    Violation? Violation,
    int Deliveries,
    int Workers,
    ulong StateHash,
    IReadOnlyDictionary<string, IReadOnlyList<ScheduleStep>> ReceiveLog)
{
    /// <summary>Gets the deliveries that touched shared emulated state, in the order they took the shared-state lock.</summary>
    public IReadOnlyList<SharedAccess> SharedOrder { get; init; } = [];
}
