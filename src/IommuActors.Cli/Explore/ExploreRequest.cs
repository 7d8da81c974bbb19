using IommuActors.Exploration;

namespace IommuActors.Cli.Explore;

/// <summary>An exploration to run, after flags and configuration are resolved.</summary>
/// <param name="Target">The target as given, e.g. <c>toy:lost-update</c>.</param>
/// <param name="Program">The program.</param>
/// <param name="Options">The exploration options.</param>
internal sealed record ExploreRequest(string Target, ActorProgram Program, ExplorationOptions Options)
{
    /// <summary>Gets the strategy word as typed: <c>random</c> or <c>dfs</c>.</summary>
    public string StrategyName => Commands.ExploreOptions.NameOf(Options.Strategy);
}
