using IommuActors.Configuration;
using IommuActors.Scenarios.Loading;
using IommuActors.Scenarios.Parsing;

namespace IommuActors.Scenarios;

/// <summary>Loads and validates scenario files (HOCON, one <c>scenario { … }</c> per file).</summary>
public static class ScenarioLoader
{
    /// <summary>Loads a scenario file.</summary>
    /// <param name="path">The file; positions in errors name it as given.</param>
    /// <returns>The scenario.</returns>
    /// <exception cref="ScenarioException">
    /// The file is missing or malformed, or a key is missing, misspelt, of the wrong type, names something undefined or
    /// defined twice, or names an unknown kernel version or switch. The message starts with <c>file:line:col: </c>.
    /// </exception>
    public static ScenarioSpec Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (path.StartsWith(GeneratorTarget.Prefix, StringComparison.Ordinal))
        {
            return GeneratorTarget.Load(path);
        }

        if (path.EndsWith(".dts", StringComparison.OrdinalIgnoreCase))
        {
            return DeviceTreeScenario.Load(path);
        }

        if (!File.Exists(path))
        {
            throw ScenarioException.FileNotFound(path);
        }

        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (IOException ex)
        {
            throw ScenarioException.DeviceTree(new ConfigOrigin(path, 0, 0), ex.Message);
        }

        return FromText(text, path, () => Config.ParseFile(path));
    }

    /// <summary>Reads scenario HOCON already in memory (a generator target is written as one).</summary>
    internal static ScenarioSpec FromText(string text, string origin, Func<Config> parse)
    {
        Config config;
        try
        {
            config = parse().Resolve();
        }
        catch (ConfigException ex)
        {
            throw ScenarioException.Malformed(origin, ex);
        }

        var source = new SourceText(origin, text);
        var root = new Node(config, string.Empty, source.Start, source);
        return ScenarioReader.Read(root.Object("scenario"), origin);
    }
}
