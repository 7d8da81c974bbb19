using IommuActors.Exploration.Coverage;

namespace IommuActors.Cli.Explore;

/// <summary>The <c>coverage</c> object of the <c>explore --json</c> documents.</summary>
internal sealed record CoverageJson
{
    public required int CoveredTriples { get; init; }

    public required int KnownTriples { get; init; }

    public required IReadOnlyList<CoverageTriple> Covered { get; init; }

    public required IReadOnlyList<CoverageTriple> Uncovered { get; init; }

    public required int RacingPairs { get; init; }

    public required int RacingPairsInBothOrders { get; init; }

    public required IReadOnlyList<RacingPair> TopRacingPairs { get; init; }

    /// <summary>Builds the object.</summary>
    /// <param name="coverage">The coverage, or null when it was not collected.</param>
    /// <returns>The object, or null.</returns>
    public static CoverageJson? From(CoverageReport? coverage) => coverage is null ? null : new()
    {
        CoveredTriples = coverage.CoveredCount,
        KnownTriples = coverage.KnownCount,
        Covered = coverage.Covered,
        Uncovered = coverage.Uncovered,
        RacingPairs = coverage.RacingPairs,
        RacingPairsInBothOrders = coverage.RacingPairsInBothOrders,
        TopRacingPairs = coverage.TopRacingPairs,
    };
}
