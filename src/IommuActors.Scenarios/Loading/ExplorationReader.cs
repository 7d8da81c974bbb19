using System.Globalization;
using IommuActors.Scenarios.Parsing;

namespace IommuActors.Scenarios.Loading;

/// <summary>Reads the optional <c>exploration { strategy, iterations, max-steps, seed }</c> block.</summary>
internal static class ExplorationReader
{
    public static ExplorationDefaults Read(Node scenario)
    {
        if (!scenario.Has("exploration"))
        {
            return ExplorationDefaults.None;
        }

        var node = scenario.Object("exploration");
        node.AllowOnly("strategy", "iterations", "max-steps", "seed");
        return new ExplorationDefaults
        {
            Strategy = node.OptionalString("strategy") is { } strategy ? Words.Strategy.Parse(strategy) : null,
            Iterations = Positive(node, "iterations"),
            MaxSteps = Positive(node, "max-steps"),
            Seed = Seed(node),
        };
    }

    private static int? Positive(Node node, string key) => node.OptionalInteger(key) switch
    {
        null => null,
        > 0 and <= int.MaxValue and var value => (int)value,
        var value => throw ScenarioException.Invalid(node.OriginOf(key), node.ChildPath(key), $"must be a positive 32-bit integer, got {value}"),
    };

    private static ulong? Seed(Node node)
    {
        if (node.OptionalString("seed") is not { } seed)
        {
            return null;
        }

        return ulong.TryParse(seed.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw ScenarioException.Invalid(seed.Origin, seed.Path, $"expected a seed (an integer of 0 or more), got '{seed.Value}'");
    }
}
