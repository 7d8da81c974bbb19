namespace IommuActors.Exploration;

/// <summary>The outcome of replaying a schedule.</summary>
/// <param name="Run">The replayed run, when the schedule could be followed to its end.</param>
/// <param name="Divergence">The first divergent step otherwise.</param>
public sealed record ReplayResult(RunRecord? Run, Divergence? Divergence)
{
    /// <summary>Gets a value indicating whether the replay followed the whole schedule.</summary>
    public bool Followed => Divergence is null && Run is not null;
}
