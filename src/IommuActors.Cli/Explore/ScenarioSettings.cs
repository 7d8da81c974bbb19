using System.CommandLine;
using IommuActors.Cli.Commands;
using IommuActors.Cli.Settings;
using IommuActors.Exploration;
using IommuActors.Scenarios;

namespace IommuActors.Cli.Explore;

/// <summary>Exploration settings for a scenario: an explicit flag wins, then the scenario's <c>exploration</c> block, then the configuration.</summary>
/// <param name="settings">Flags over configuration.</param>
/// <param name="parseResult">The parse result.</param>
/// <param name="defaults">The scenario's exploration block.</param>
internal sealed class ScenarioSettings(SettingsReader settings, ParseResult parseResult, ExplorationDefaults defaults)
{
    /// <summary>Reads the strategy.</summary>
    /// <param name="option">The flag.</param>
    /// <returns>The strategy.</returns>
    public StrategyKind Strategy(Option<string?> option) =>
        parseResult.GetValue(option) is null && defaults.Strategy is { } strategy ? strategy
            : ExploreOptions.KindOf(settings.Choice(option, ConfigKeys.Strategy, ExploreOptions.Strategies));

    /// <summary>Reads the schedule budget.</summary>
    /// <param name="option">The flag.</param>
    /// <returns>The budget.</returns>
    public int Iterations(Option<int?> option) =>
        parseResult.GetValue(option) is null && defaults.Iterations is { } value ? value : settings.PositiveInt(option, ConfigKeys.Iterations);

    /// <summary>Reads the step bound.</summary>
    /// <param name="option">The flag.</param>
    /// <returns>The bound.</returns>
    public int MaxSteps(Option<int?> option) =>
        parseResult.GetValue(option) is null && defaults.MaxSteps is { } value ? value : settings.PositiveInt(option, ConfigKeys.MaxSteps);

    /// <summary>Reads the seed.</summary>
    /// <param name="option">The flag.</param>
    /// <returns>The seed.</returns>
    public ulong Seed(Option<string?> option) =>
        parseResult.GetValue(option) is null && defaults.Seed is { } value ? value
            : settings.Seed(option, ConfigKeys.Seed, parseResult.InvocationConfiguration.Error);
}
