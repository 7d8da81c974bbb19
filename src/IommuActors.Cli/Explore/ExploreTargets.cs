using IommuActors.Exploration;
using IommuActors.TestKit.Toys;

namespace IommuActors.Cli.Explore;

/// <summary>The programs <c>explore</c> can run: scenario files (see <see cref="ScenarioExplore"/>) and the built-in toys.</summary>
internal static class ExploreTargets
{
    private static readonly Dictionary<string, Func<ActorProgram>> Toys = new(StringComparer.Ordinal)
    {
        ["toy:pingpong"] = () => PingPong.Program(4, 3),
        ["toy:lost-update"] = () => LostUpdate.Program(2),
    };

    /// <summary>Gets the target names for help and errors.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Toys.Keys];

    /// <summary>Tells whether a target names a scenario file: an existing file, or any path ending in <c>.conf</c>.</summary>
    /// <param name="target">The target as given.</param>
    /// <returns>True for scenario mode; a missing <c>.conf</c> file is then reported by the loader.</returns>
    public static bool IsScenarioFile(string target) =>
        !Toys.ContainsKey(target) && (target.EndsWith(".conf", StringComparison.OrdinalIgnoreCase) || target.EndsWith(".dts", StringComparison.OrdinalIgnoreCase)
            || target.StartsWith(Scenarios.GeneratorTarget.Prefix, StringComparison.Ordinal) || File.Exists(target));

    /// <summary>Resolves a toy target.</summary>
    /// <param name="target">The target name.</param>
    /// <returns>The program.</returns>
    /// <exception cref="UsageException">The target is unknown.</exception>
    public static ActorProgram Resolve(string target) =>
        Toys.TryGetValue(target, out var create) ? create()
            : throw new UsageException($"unknown target '{target}'; expected a scenario file (*.conf) or one of: {string.Join(", ", Names)}.");
}
