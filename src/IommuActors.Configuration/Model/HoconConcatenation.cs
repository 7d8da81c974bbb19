namespace IommuActors.Configuration.Model;

/// <summary>Values written next to each other on one line that involve a substitution, an object or an array.</summary>
internal sealed class HoconConcatenation : UnresolvedValue
{
    public HoconConcatenation(ConfigOrigin origin, IReadOnlyList<HoconValue> pieces, IReadOnlyList<string> separators)
        : base(origin)
    {
        Pieces = pieces;
        Separators = separators;
    }

    public IReadOnlyList<HoconValue> Pieces { get; }

    /// <summary>Gets the whitespace written before each piece (empty for the first).</summary>
    public IReadOnlyList<string> Separators { get; }
}
