namespace IommuActors.Exploration.Coverage;

/// <summary>One (actor type, behaviour state, message type) combination.</summary>
/// <param name="ActorType">The actor's type as schedules name types, e.g. <c>LostUpdate.Counter</c>.</param>
/// <param name="State">The behaviour stack depth, then <c>:NAME</c> when the actor names its state.</param>
/// <param name="MessageType">The message's type name.</param>
public readonly record struct CoverageTriple(string ActorType, string State, string MessageType) : IComparable<CoverageTriple>
{
    /// <inheritdoc/>
    public int CompareTo(CoverageTriple other)
    {
        var c = string.CompareOrdinal(ActorType, other.ActorType);
        c = c != 0 ? c : string.CompareOrdinal(State, other.State);
        return c != 0 ? c : string.CompareOrdinal(MessageType, other.MessageType);
    }

    /// <summary>Compares two triples.</summary>
    /// <param name="left">The left triple.</param>
    /// <param name="right">The right triple.</param>
    /// <returns>True when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(CoverageTriple left, CoverageTriple right) => left.CompareTo(right) < 0;

    /// <summary>Compares two triples.</summary>
    /// <param name="left">The left triple.</param>
    /// <param name="right">The right triple.</param>
    /// <returns>True when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(CoverageTriple left, CoverageTriple right) => left.CompareTo(right) > 0;

    /// <summary>Compares two triples.</summary>
    /// <param name="left">The left triple.</param>
    /// <param name="right">The right triple.</param>
    /// <returns>True unless <paramref name="left"/> sorts last.</returns>
    public static bool operator <=(CoverageTriple left, CoverageTriple right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two triples.</summary>
    /// <param name="left">The left triple.</param>
    /// <param name="right">The right triple.</param>
    /// <returns>True unless <paramref name="left"/> sorts first.</returns>
    public static bool operator >=(CoverageTriple left, CoverageTriple right) => left.CompareTo(right) >= 0;

    /// <inheritdoc/>
    public override string ToString() => $"{ActorType} [{State}] {MessageType}";
}
