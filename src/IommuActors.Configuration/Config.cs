using IommuActors.Configuration.Formatting;
using IommuActors.Configuration.Model;
using IommuActors.Configuration.Parsing;
using IommuActors.Configuration.Resolution;

namespace IommuActors.Configuration;

/// <summary>
/// An immutable HOCON configuration. Layers combine with <see cref="WithFallback"/>; substitutions are resolved
/// against the whole merged tree on first read (or by <see cref="Resolve"/>), so a user file may refer to reference keys.
/// </summary>
public sealed partial class Config
{
    private const string ReferenceResourceName = "IommuActors.reference.conf";

    private static readonly Lazy<HoconObject> ReferenceTree = new(ParseReference);

    private readonly HoconObject _tree;
    private readonly Lazy<HoconObject> _resolved;
    private readonly string _pathPrefix;

    private Config(HoconObject tree, string pathPrefix, bool isResolved)
    {
        _tree = tree;
        _pathPrefix = pathPrefix;
        _resolved = isResolved ? new Lazy<HoconObject>(tree) : new Lazy<HoconObject>(() => SubstitutionResolver.ResolveRoot(tree));
    }

    /// <summary>Gets an empty configuration.</summary>
    public static Config Empty { get; } = new(new HoconObject(new ConfigOrigin("<empty>", 1, 1)), string.Empty, true);

    /// <summary>Gets the direct child keys of this object, in the order they were first defined.</summary>
    public IReadOnlyList<string> Keys => Root.Keys;

    private HoconObject Root => _resolved.Value;

    /// <summary>Parses HOCON text. Includes are relative to the current directory.</summary>
    /// <param name="text">The HOCON text.</param>
    /// <param name="origin">The name positions are reported against.</param>
    /// <returns>The configuration.</returns>
    /// <exception cref="ConfigException">The text is not valid HOCON.</exception>
    public static Config ParseString(string text, string origin = "<string>") =>
        new(HoconParser.ParseText(text, origin, string.Empty), string.Empty, false);

    /// <summary>Parses a HOCON file. Includes are relative to its directory.</summary>
    /// <param name="path">The file path; positions are reported against it as given.</param>
    /// <returns>The configuration.</returns>
    /// <exception cref="ConfigException">The file is missing, unreadable or not valid HOCON.</exception>
    public static Config ParseFile(string path) => new(HoconParser.ParseFile(path), string.Empty, false);

    /// <summary>Returns the embedded reference configuration (origin <c>reference.conf</c>) that holds every default.</summary>
    /// <returns>The reference configuration.</returns>
    public static Config Reference() => new(ReferenceTree.Value, string.Empty, false);

    /// <summary>Layers user files over <see cref="Reference"/> (the last file wins) and resolves substitutions.</summary>
    /// <param name="userFiles">The user files, lowest priority first.</param>
    /// <returns>The resolved configuration.</returns>
    /// <exception cref="ConfigException">A file is missing or invalid, or a substitution cannot be resolved.</exception>
    public static Config Load(params string[] userFiles)
    {
        var config = Reference();
        foreach (var file in userFiles)
        {
            config = ParseFile(file).WithFallback(config);
        }

        return config.Resolve();
    }

    /// <summary>Layers this configuration over <paramref name="fallback"/>: objects merge, other values of this one win.</summary>
    /// <param name="fallback">The lower-priority configuration.</param>
    /// <returns>The combined configuration, resolved on first read.</returns>
    public Config WithFallback(Config fallback) =>
        new(HoconMerge.MergeObjects(_tree, fallback._tree), _pathPrefix, false);

    /// <summary>Resolves substitutions now, so that their errors surface here rather than on first read.</summary>
    /// <returns>This configuration.</returns>
    /// <exception cref="ConfigException">A substitution is missing or part of a cycle.</exception>
    public Config Resolve()
    {
        _ = Root;
        return this;
    }

    /// <summary>Renders the resolved configuration as HOCON, fields in definition order (for <c>--print-config</c>).</summary>
    /// <returns>HOCON text that parses back to the same values.</returns>
    public string Render() => HoconRenderer.Render(Root);

    private static HoconObject ParseReference()
    {
        using var stream = typeof(Config).Assembly.GetManifestResourceStream(ReferenceResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ReferenceResourceName} is missing");
        using var reader = new StreamReader(stream);
        return HoconParser.ParseText(reader.ReadToEnd(), "reference.conf", string.Empty);
    }
}
