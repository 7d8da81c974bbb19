namespace IommuActors.Scenarios.Parsing;

/// <summary>A span <c>[Start, End)</c> of a scenario file's text.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset just past the last character.</param>
internal readonly record struct TextSpan(int Start, int End)
{
    public string Of(string text) => text[Start..End];
}
