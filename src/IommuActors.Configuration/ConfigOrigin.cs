namespace IommuActors.Configuration;

/// <summary>Where a configuration value (or a syntax error) was found: a file name and a 1-based line and column.</summary>
/// <param name="File">The file name as given (or an origin name such as <c>reference.conf</c>).</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based column; a tab counts as one column.</param>
public readonly record struct ConfigOrigin(string File, int Line, int Column)
{
    /// <summary>Formats the origin as <c>file:line:col</c>.</summary>
    /// <returns>The formatted origin.</returns>
    public override string ToString() => $"{File}:{Line}:{Column}";
}
