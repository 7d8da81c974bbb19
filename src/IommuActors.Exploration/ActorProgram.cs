using IommuActors.Runtime;

namespace IommuActors.Exploration;

/// <summary>
/// What the explorer runs: a set-up that creates actors and sends the first messages into a fresh controlled
/// system, plus the invariants that define a violation. Set-up must be deterministic; any choice it needs goes
/// through <see cref="ActorSystem.ChooseInt"/>.
/// </summary>
/// <param name="Name">A name for reports.</param>
/// <param name="Setup">Builds the initial state of a fresh system.</param>
public sealed record ActorProgram(string Name, Action<ActorSystem> Setup)
{
    /// <summary>Gets the invariants checked after each step or at quiescence.</summary>
    /// <value>The default value is empty.</value>
    public IReadOnlyList<Invariant> Invariants { get; init; } = [];

    /// <summary>Gets a value indicating whether a run cut off by the step bound while repeating one cycle of steps is a <c>livelock</c> violation.</summary>
    /// <value>The default value is false (programs with periodic timers run forever by design).</value>
    public bool DetectLivelock { get; init; }
}
