using System.CommandLine;
using IommuActors.Cli.Settings;

namespace IommuActors.Cli.Commands;

/// <summary>Option factories; each option's help names the configuration key that supplies its default.</summary>
internal static class CommonOptions
{
    /// <summary>An optional integer (the action checks its range).</summary>
    /// <param name="name">The flag, e.g. <c>--pairs</c>.</param>
    /// <param name="helpName">The value placeholder.</param>
    /// <param name="description">What it sets.</param>
    /// <param name="key">The configuration key of its default.</param>
    /// <returns>The option.</returns>
    public static Option<int?> Number(string name, string helpName, string description, string key) =>
        new(name) { Description = WithDefault(description, key), HelpName = helpName };

    /// <summary>An optional word from a fixed set.</summary>
    /// <param name="name">The flag.</param>
    /// <param name="description">What it sets.</param>
    /// <param name="key">The configuration key of its default.</param>
    /// <param name="allowed">The accepted words.</param>
    /// <returns>The option.</returns>
    public static Option<string?> Choice(string name, string description, string key, IReadOnlyList<string> allowed)
    {
        var option = new Option<string?>(name) { Description = WithDefault(description, key), HelpName = string.Join('|', allowed) };
        option.AcceptOnlyFromAmong([.. allowed]);
        return option;
    }

    /// <summary><c>--seed N|auto</c>.</summary>
    /// <returns>The option.</returns>
    public static Option<string?> Seed() =>
        new("--seed") { Description = WithDefault("Seed; 'auto' derives one from the clock and prints it", ConfigKeys.Seed), HelpName = "N|auto" };

    /// <summary><c>--max-steps N</c>.</summary>
    /// <returns>The option.</returns>
    public static Option<int?> MaxSteps() => Number("--max-steps", "N", "Cut a schedule off after N steps", ConfigKeys.MaxSteps);

    /// <summary><c>--json</c>.</summary>
    /// <param name="description">What it prints.</param>
    /// <returns>The option.</returns>
    public static Option<bool> Json(string description) => new("--json") { Description = description };

    private static string WithDefault(string description, string key) => $"{description}\n[config: {key}]";

    /// <summary>Reads a flag that must be positive and has no configuration key.</summary>
    /// <param name="parseResult">The parsed command line.</param>
    /// <param name="option">The flag.</param>
    /// <param name="fallback">The value when the flag is absent.</param>
    /// <returns>The value.</returns>
    public static int Positive(ParseResult parseResult, Option<int?> option, int fallback) =>
        Positive(option, parseResult.GetValue(option) ?? fallback);

    /// <summary>Checks a value given for <paramref name="option"/>.</summary>
    /// <param name="option">The flag.</param>
    /// <param name="value">The value given.</param>
    /// <returns>The value.</returns>
    public static int Positive(Option<int?> option, int value) =>
        value > 0 ? value : throw new UsageException($"{option.Name} must be positive, got {value}.");
}
