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
        if (!File.Exists(path))
        {
            throw ScenarioException.FileNotFound(path);
        }

        Config config;
        string text;
        try
        {
            config = Config.ParseFile(path).Resolve();
            text = File.ReadAllText(path);
        }
        catch (ConfigException ex)
        {
            throw ScenarioException.Malformed(path, ex);
        }

        var source = new SourceText(path, text);
        var root = new Node(config, string.Empty, source.Start, source);
        return ScenarioReader.Read(root.Object("scenario"), path);
    }
}
