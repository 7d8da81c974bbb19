namespace IommuActors.Cli.Journaling;

/// <summary>Where an exploration was journaled: <c>journal</c> in <c>explore --json</c>.</summary>
internal sealed record JournalJson
{
    public required string Journal { get; init; }

    public required long RunId { get; init; }

    /// <summary>Gets the journal ids of the violations, in report order (replay them with <c>iommu-actors replay ID</c>).</summary>
    public required IReadOnlyList<long> ViolationIds { get; init; }
}
