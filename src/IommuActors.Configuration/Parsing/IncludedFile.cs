namespace IommuActors.Configuration.Parsing;

/// <summary>A file on the include chain: its full path (for cycle detection) and its name as written (for messages).</summary>
internal readonly record struct IncludedFile(string FullPath, string Name);
