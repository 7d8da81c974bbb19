using IommuActors.Configuration;
using IommuActors.Kernel.Versions;

namespace IommuActors.Scenarios;

/// <summary>
/// A scenario file the tool cannot use. The message is one user-facing line that starts with <c>file:line:col: </c>
/// (the offending value, or the object that lacks a key), then names the setting path.
/// </summary>
public sealed class ScenarioException : Exception
{
    private ScenarioException(string message, ConfigOrigin? origin, string? path, Exception? innerException = null)
        : base(message, innerException)
    {
        Origin = origin;
        Path = path;
    }

    /// <summary>Gets where the problem is, when the file could be read.</summary>
    public ConfigOrigin? Origin { get; }

    /// <summary>Gets the setting path the problem refers to, e.g. <c>scenario.devices[1].driver</c>, when there is one.</summary>
    public string? Path { get; }

    internal static ScenarioException FileNotFound(string file) =>
        new($"{file}: scenario file not found", null, null);

    internal static ScenarioException Malformed(string file, ConfigException inner)
    {
        var message = inner.Message;
        if (inner.Origin is { } origin && !message.StartsWith(origin.ToString(), StringComparison.Ordinal))
        {
            message = $"{origin}: {message}";
        }
        else if (inner.Origin is null && !message.StartsWith(file, StringComparison.Ordinal))
        {
            message = $"{file}: {message}";
        }

        return new(message, inner.Origin, inner.Path, inner);
    }

    internal static ScenarioException Missing(ConfigOrigin origin, string path, string key) =>
        At(origin, path, $"missing required key '{key}'");

    internal static ScenarioException WrongType(ConfigOrigin origin, string path, string expected) =>
        At(origin, path, $"expected {expected}");

    internal static ScenarioException UnknownKey(ConfigOrigin origin, string path, string key, IEnumerable<string> known) =>
        At(origin, path, $"unknown key '{key}' (known: {string.Join(", ", known)})");

    internal static ScenarioException UnknownWord(ConfigOrigin origin, string path, string what, string value, IEnumerable<string> allowed) =>
        At(origin, path, $"unknown {what} '{value}' (expected one of: {string.Join(", ", allowed)})");

    internal static ScenarioException UnknownProfile(ConfigOrigin origin, string path, string profile, IEnumerable<string> known) =>
        At(origin, path, $"unknown IOMMU profile '{profile}' (known profiles: {string.Join(", ", known)})");

    internal static ScenarioException UndefinedName(ConfigOrigin origin, string path, string what, string name, IEnumerable<string> defined)
    {
        var names = defined.ToList();
        var list = names.Count == 0 ? "none is defined" : $"defined: {string.Join(", ", names)}";
        return At(origin, path, $"undefined {what} '{name}' ({list})");
    }

    internal static ScenarioException MalformedIommuRef(ConfigOrigin origin, string path, string text) =>
        At(origin, path, $"malformed IOMMU reference '{text}': expected \"iommu-name:stream\" with a stream id of 0 or more");

    internal static ScenarioException Duplicate(ConfigOrigin origin, string path, string what, string name, ConfigOrigin first) =>
        At(origin, path, $"duplicate {what} '{name}' (first defined at {first})");

    internal static ScenarioException Invalid(ConfigOrigin origin, string path, string what) => At(origin, path, what);

    internal static ScenarioException DeviceTree(ConfigOrigin origin, string what) => At(origin, string.Empty, what);

    internal static ScenarioException Kernel(ConfigOrigin origin, string path, KernelConfigException inner) =>
        new($"{origin}: {path}: {inner.Message}", origin, path, inner);

    internal static ScenarioException NoVariants(ConfigOrigin origin, string path) =>
        At(origin, path, "the scenario declares no variants: add at least one, e.g. variants { buggy { kernel = \"6.6\", expect = [...] } }");

    private static ScenarioException At(ConfigOrigin origin, string path, string what) =>
        new(path.Length == 0 ? $"{origin}: {what}" : $"{origin}: {path}: {what}", origin, path.Length == 0 ? null : path);
}
