using System.CommandLine;
using IommuActors.Configuration;

namespace IommuActors.Cli.Commands;

/// <summary>Options every command accepts.</summary>
internal sealed class GlobalOptions
{
    /// <summary>Gets <c>--config FILE</c>: a HOCON file layered over the embedded reference configuration.</summary>
    public Option<string?> ConfigFile { get; } = new("--config")
    {
        Description = "HOCON file layered over the built-in reference.conf; it supplies option defaults",
        HelpName = "file",
        Recursive = true,
    };

    /// <summary>Gets <c>--journal</c>: where runs and violations are recorded.</summary>
    public Option<string?> Journal { get; } = new("--journal")
    {
        Description = "Journal for runs and violations: sqlite:PATH | postgres:CONNECTION-STRING | none [default: $IOMMU_ACTORS_JOURNAL, else iommu-actors.journal.uri]",
        HelpName = "uri",
        Recursive = true,
    };

    /// <summary>Loads the configuration: the embedded reference plus the <c>--config</c> file, if any.</summary>
    /// <param name="parseResult">The parse result.</param>
    /// <returns>The resolved configuration.</returns>
    /// <exception cref="ConfigException">The file is missing or invalid.</exception>
    public Config LoadConfig(ParseResult parseResult) =>
        parseResult.GetValue(ConfigFile) is { } file ? Config.Load(file) : Config.Load();
}
