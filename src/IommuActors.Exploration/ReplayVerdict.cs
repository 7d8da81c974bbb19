namespace IommuActors.Exploration;

/// <summary>What replaying a violation's schedule showed.</summary>
public enum ReplayVerdict
{
    /// <summary>Not replayed (replay check off).</summary>
    NotChecked,

    /// <summary>Both replays reproduced the same violation, schedule hash and final-state hash.</summary>
    Reproduced,

    /// <summary>A replay diverged or ended differently: something outside the choice source decided.</summary>
    UncontrolledNondeterminism,
}
