using IommuActors.Configuration.Model;

namespace IommuActors.Configuration;

/// <summary>A configuration problem: a syntax error, an unresolved substitution, a missing setting or a wrong type.</summary>
/// <remarks>The message is one user-facing line; it names the file position and, for lookups, the setting path.</remarks>
public sealed class ConfigException : Exception
{
    private ConfigException(string message, ConfigOrigin? origin, string? path, Exception? innerException = null, string? detail = null)
        : base(message, innerException)
    {
        Origin = origin;
        Path = path;
        Detail = detail ?? message;
    }

    /// <summary>Gets the file position the problem refers to, when there is one.</summary>
    public ConfigOrigin? Origin { get; }

    /// <summary>Gets the setting path the problem refers to, when there is one.</summary>
    public string? Path { get; }

    /// <summary>Gets the message without its position prefix.</summary>
    internal string Detail { get; }

    internal static ConfigException Parse(ConfigOrigin origin, string what, Exception? inner = null) =>
        new($"{origin}: {what}", origin, null, inner, what);

    internal static ConfigException Substitution(ConfigOrigin origin, string path, string what) =>
        new($"{origin}: {what}", origin, path, detail: what);

    internal static ConfigException FileNotFound(string file) =>
        new($"{file}: configuration file not found", null, null);

    internal static ConfigException Unreadable(string file, Exception inner) =>
        new($"{file}: could not read the configuration file: {inner.Message}", null, null, inner);

    internal static ConfigException Missing(string path) =>
        new($"{path}: no such setting", null, path);

    internal static ConfigException InvalidPath(string path, string what) =>
        new($"'{path}' is not a valid setting path: {what}", null, path);

    internal static ConfigException WrongType(string path, string expected, HoconValue value) =>
        new($"{path}: expected {expected} but got {value.Describe()} ({value.Origin})", value.Origin, path);
}
