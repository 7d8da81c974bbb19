namespace IommuActors.Cli.Journaling;

/// <summary>The result of <c>replay ID --json</c>.</summary>
internal sealed record ReplayJson
{
    public required long JournalId { get; init; }

    public required long RunId { get; init; }

    public required string Expected { get; init; }

    public string? Found { get; init; }

    public required bool Reproduced { get; init; }

    public string? Divergence { get; init; }

    public required string StateHash { get; init; }

    public required IReadOnlyList<string> Dmesg { get; init; }
}
