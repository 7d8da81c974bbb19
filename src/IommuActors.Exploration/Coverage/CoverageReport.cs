namespace IommuActors.Exploration.Coverage;

/// <summary>
/// What an exploration exercised. The denominator of triple coverage is approximate: the triples seen anywhere in
/// the exploration plus, for <c>ReceiveActor</c>s, the typed handlers of each actor's initial behaviour.
/// </summary>
/// <param name="Covered">The (actor type, state, message type) triples delivered at least once, sorted.</param>
/// <param name="Uncovered">Triples with a registered handler that were never delivered, sorted.</param>
/// <param name="RacingPairs">Distinct ordered pairs of racing events.</param>
/// <param name="RacingPairsInBothOrders">Unordered pairs of events seen racing in both orders.</param>
/// <param name="TopRacingPairs">The most frequent ordered pairs, most frequent first.</param>
public sealed record CoverageReport(
    IReadOnlyList<CoverageTriple> Covered,
    IReadOnlyList<CoverageTriple> Uncovered,
    int RacingPairs,
    int RacingPairsInBothOrders,
    IReadOnlyList<RacingPair> TopRacingPairs)
{
    /// <summary>Gets the number of covered triples.</summary>
    public int CoveredCount => Covered.Count;

    /// <summary>Gets the number of triples the model is known to handle (covered plus uncovered).</summary>
    public int KnownCount => Covered.Count + Uncovered.Count;
}
