namespace IommuActors.Runtime.Hashing;

/// <summary>Lets an actor or message say exactly what its state is, instead of the reflective default.</summary>
public interface IStateHashable
{
    /// <summary>Adds the state that matters to <paramref name="hasher"/>.</summary>
    /// <param name="hasher">The hasher.</param>
    void HashState(StateHasher hasher);
}
