using IommuActors.Configuration;

namespace IommuActors.Scenarios.Parsing;

/// <summary>
/// An object of a scenario file with typed, located reads: every failure is a <see cref="ScenarioException"/> that
/// points at the value (or, for a missing key, at the object).
/// </summary>
internal sealed partial class Node
{
    private readonly Config _config;

    public Node(Config config, string path, ConfigOrigin origin, SourceText source)
    {
        _config = config;
        Path = path;
        Origin = origin;
        Source = source;
    }

    /// <summary>Gets the setting path of this object.</summary>
    public string Path { get; }

    /// <summary>Gets where the object starts.</summary>
    public ConfigOrigin Origin { get; }

    /// <summary>Gets the file text.</summary>
    public SourceText Source { get; }

    /// <summary>Gets the keys, in definition order.</summary>
    public IReadOnlyList<string> Keys => _config.Keys;

    public bool Has(string key) => _config.HasPath(PathOf(key));

    public string ChildPath(string key) => Path.Length == 0 ? key : $"{Path}.{key}";

    /// <summary>Gets where a key's value is, or where this object is when the key is absent.</summary>
    public ConfigOrigin OriginOf(string key) => Has(key) ? _config.OriginOf(PathOf(key)) : Origin;

    /// <summary>Rejects keys outside <paramref name="known"/> (a misspelt key would otherwise be silently ignored).</summary>
    public void AllowOnly(params string[] known)
    {
        foreach (var key in Keys.Where(k => !known.Contains(k, StringComparer.Ordinal)))
        {
            throw ScenarioException.UnknownKey(_config.OriginOf(PathOf(key)), Path, key, known);
        }
    }

    public Located String(string key)
    {
        Require(key);
        return new Located(Read(key, "a string", k => _config.GetString(k)), OriginOf(key), ChildPath(key));
    }

    public Located? OptionalString(string key) => Has(key) ? String(key) : null;

    public bool Boolean(string key, bool fallback) =>
        Has(key) ? Read(key, "a boolean (true or false)", k => _config.GetBoolean(k)) : fallback;

    public long? OptionalInteger(string key) =>
        Has(key) ? Read(key, "an integer", k => _config.GetLong(k)) : null;

    /// <summary>Reads a required object.</summary>
    public Node Object(string key)
    {
        Require(key);
        var origin = OriginOf(key);
        var child = Read(key, "an object { ... }", k => _config.GetConfig(k));
        return new Node(child, ChildPath(key), origin, Source);
    }

    public void Require(string key)
    {
        if (!Has(key))
        {
            throw ScenarioException.Missing(Origin, Path, key);
        }
    }

    /// <summary>Quotes a key for a path lookup unless it is a plain word.</summary>
    internal static string PathOf(string key) =>
        key.Length > 0 && key.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            ? key
            : "\"" + key.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private T Read<T>(string key, string expected, Func<string, T> get)
    {
        try
        {
            return get(PathOf(key));
        }
        catch (ConfigException ex)
        {
            throw ScenarioException.WrongType(ex.Origin ?? OriginOf(key), ChildPath(key), expected);
        }
    }
}
