using IommuActors.Configuration.Formatting;

namespace IommuActors.Configuration.Model;

/// <summary>A <c>${path}</c> or <c>${?path}</c> reference.</summary>
internal sealed class HoconSubstitution : UnresolvedValue
{
    public HoconSubstitution(ConfigOrigin origin, IReadOnlyList<string> path, bool optional, IReadOnlyList<string> includePrefix)
        : base(origin)
    {
        Path = path;
        Optional = optional;
        IncludePrefix = includePrefix;
    }

    public IReadOnlyList<string> Path { get; }

    public bool Optional { get; }

    /// <summary>Gets the path of the object an included file was included into; tried before the plain path.</summary>
    public IReadOnlyList<string> IncludePrefix { get; }

    public string PathText => HoconRenderer.FormatPath(Path);

    public override string ToString() => (Optional ? "${?" : "${") + PathText + "}";
}
