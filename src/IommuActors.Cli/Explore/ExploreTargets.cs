using IommuActors.Exploration;
using IommuActors.TestKit.Toys;

namespace IommuActors.Cli.Explore;

/// <summary>The programs <c>explore</c> can run. Until scenario files exist these are the built-in toys.</summary>
internal static class ExploreTargets
{
    private static readonly Dictionary<string, Func<ActorProgram>> Toys = new(StringComparer.Ordinal)
    {
        ["toy:pingpong"] = () => PingPong.Program(4, 3),
        ["toy:lost-update"] = () => LostUpdate.Program(2),
    };

    /// <summary>Gets the target names for help and errors.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Toys.Keys];

    /// <summary>Resolves a target.</summary>
    /// <param name="target">The target name.</param>
    /// <returns>The program.</returns>
    /// <exception cref="UsageException">The target is unknown.</exception>
    public static ActorProgram Resolve(string target) =>
        Toys.TryGetValue(target, out var create) ? create()
            : throw new UsageException($"unknown target '{target}'; expected one of: {string.Join(", ", Names)}.");
}
