using IommuActors.Configuration;

namespace IommuActors.Scenarios.Parsing;

/// <summary>A string read from a scenario file, with where it was written.</summary>
/// <param name="Value">The value.</param>
/// <param name="Origin">Its position.</param>
/// <param name="Path">Its setting path.</param>
internal readonly record struct Located(string Value, ConfigOrigin Origin, string Path);
