using IommuActors.Configuration;

namespace IommuActors.Scenarios.Parsing;

/// <summary>One element of a list: a string or an object, with where it is.</summary>
/// <param name="Path">Its setting path, e.g. <c>scenario.devices[0].iommus[1]</c>.</param>
/// <param name="Origin">Where it starts (the list itself when it could not be located).</param>
/// <param name="Text">The string, when the element is a simple value.</param>
/// <param name="Object">The object, when the element is one.</param>
internal sealed record ListItem(string Path, ConfigOrigin Origin, string? Text, Node? Object)
{
    /// <summary>Gets the element as a located string.</summary>
    /// <exception cref="ScenarioException">The element is an object.</exception>
    public Located AsText() =>
        Text is { } text ? new Located(text, Origin, Path) : throw ScenarioException.WrongType(Origin, Path, "a string");

    /// <summary>Gets the element as an object.</summary>
    /// <exception cref="ScenarioException">The element is a simple value.</exception>
    public Node AsObject() => Object ?? throw ScenarioException.WrongType(Origin, Path, "an object { ... }");
}
