namespace IommuActors.Scenarios.Parsing;

/// <summary>One token: its kind and its span <c>[Start, End)</c> in the text.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset just past the last character.</param>
internal readonly record struct Token(TokenKind Kind, int Start, int End);
