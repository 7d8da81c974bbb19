namespace IommuActors.Scenarios.Parsing;

/// <summary>One field definition written directly in an object.</summary>
/// <param name="Key">The key as written, without quotes (a dotted path stays whole: <c>v6.11</c>).</param>
/// <param name="Start">Offset of the key.</param>
/// <param name="IsBlock">True when the value is an object written in place (<c>key { … }</c> or <c>key = { … }</c>).</param>
internal readonly record struct ObjectField(string Key, int Start, bool IsBlock);
