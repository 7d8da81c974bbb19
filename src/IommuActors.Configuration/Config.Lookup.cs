using IommuActors.Configuration.Formatting;
using IommuActors.Configuration.Model;
using IommuActors.Configuration.Parsing;

namespace IommuActors.Configuration;

/// <summary>Path lookup.</summary>
public sealed partial class Config
{
    /// <summary>Tells whether a setting exists and is not <c>null</c>.</summary>
    /// <param name="path">The setting path.</param>
    /// <returns>True when the setting has a value.</returns>
    public bool HasPath(string path) => TryFind(path, strict: false) is { } value && value is not HoconScalar { Kind: ScalarKind.Null };

    /// <summary>Tells where a setting was defined.</summary>
    /// <param name="path">The setting path.</param>
    /// <returns>The file, line and column of the value.</returns>
    /// <exception cref="ConfigException">The setting is missing.</exception>
    public ConfigOrigin OriginOf(string path) => Find(path).Origin;

    private HoconValue Find(string path) => TryFind(path, strict: true) ?? throw ConfigException.Missing(FullPath(path));

    private HoconValue? TryFind(string path, bool strict)
    {
        IReadOnlyList<string> segments;
        try
        {
            segments = HoconParser.ParsePath(path);
        }
        catch (ConfigException e)
        {
            throw ConfigException.InvalidPath(path, e.Detail);
        }

        HoconValue current = Root;
        for (var i = 0; i < segments.Count; i++)
        {
            if (current is not HoconObject obj)
            {
                return strict ? throw ConfigException.WrongType(FullPath(HoconRenderer.FormatPath(segments.Take(i))), "an object", current) : null;
            }

            if (!obj.TryGet(segments[i], out var child))
            {
                return null;
            }

            current = child;
        }

        return current;
    }

    private string FullPath(string path) => _pathPrefix.Length == 0 ? path : $"{_pathPrefix}.{path}";
}
