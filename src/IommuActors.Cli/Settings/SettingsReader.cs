using System.CommandLine;
using IommuActors.Configuration;

namespace IommuActors.Cli.Settings;

/// <summary>Resolves one setting: an explicit flag wins, else the configuration key (reference.conf plus <c>--config</c>).</summary>
/// <param name="config">The loaded configuration.</param>
/// <param name="parseResult">The parsed command line.</param>
internal sealed class SettingsReader(Config config, ParseResult parseResult)
{
    /// <summary>Gets the resolved configuration.</summary>
    public Config Config => config;

    /// <summary>Reads a positive integer.</summary>
    /// <param name="option">The flag.</param>
    /// <param name="key">The configuration key.</param>
    /// <returns>The value.</returns>
    public int PositiveInt(Option<int?> option, string key)
    {
        if (parseResult.GetValue(option) is { } value)
        {
            return Commands.CommonOptions.Positive(option, value);
        }

        var configured = config.GetInt(key);
        return configured > 0 ? configured
            : throw new UsageException($"{key}: must be positive but is {configured} ({config.OriginOf(key)})");
    }

    /// <summary>Reads a count that may be zero.</summary>
    /// <param name="option">The flag.</param>
    /// <param name="key">The configuration key.</param>
    /// <returns>The value.</returns>
    public int NonNegativeInt(Option<int?> option, string key)
    {
        if (parseResult.GetValue(option) is { } value)
        {
            return value >= 0 ? value : throw new UsageException($"{option.Name} must be 0 or positive, got {value}.");
        }

        var configured = config.GetInt(key);
        return configured >= 0 ? configured
            : throw new UsageException($"{key}: must be 0 or positive but is {configured} ({config.OriginOf(key)})");
    }

    /// <summary>Reads an optional integer with a lower bound; a missing or <c>null</c> configuration key means "not set".</summary>
    /// <param name="option">The flag.</param>
    /// <param name="key">The configuration key.</param>
    /// <param name="minimum">The smallest accepted value.</param>
    /// <param name="context">What the bound depends on, for the error, e.g. <c>for pct</c>.</param>
    /// <returns>The value, or null.</returns>
    public int? OptionalInt(Option<int?> option, string key, int minimum, string context)
    {
        if (parseResult.GetValue(option) is { } value)
        {
            return value >= minimum ? value : throw new UsageException($"{option.Name} must be at least {minimum} {context}, got {value}.");
        }

        if (!config.HasPath(key))
        {
            return null;
        }

        var configured = config.GetInt(key);
        return configured >= minimum ? configured
            : throw new UsageException($"{key}: must be at least {minimum} {context} but is {configured} ({config.OriginOf(key)})");
    }

    /// <summary>Gets a value indicating whether a flag was given explicitly.</summary>
    /// <param name="option">The flag.</param>
    /// <returns>True when the command line set it.</returns>
    public bool IsExplicit(Option option) => parseResult.GetResult(option) is { Implicit: false };

    /// <summary>Reads one of a fixed set of words (the flag is already checked by the parser).</summary>
    /// <param name="option">The flag.</param>
    /// <param name="key">The configuration key.</param>
    /// <param name="allowed">The accepted words.</param>
    /// <returns>The value.</returns>
    public string Choice(Option<string?> option, string key, IReadOnlyCollection<string> allowed)
    {
        if (parseResult.GetValue(option) is { } value)
        {
            return value;
        }

        var configured = config.GetString(key);
        return allowed.Contains(configured, StringComparer.Ordinal) ? configured
            : throw new UsageException($"{key}: expected one of {string.Join(", ", allowed)} but got '{configured}' ({config.OriginOf(key)})");
    }

    /// <summary>Reads a boolean configuration key.</summary>
    /// <param name="key">The configuration key.</param>
    /// <returns>The value.</returns>
    public bool Boolean(string key) => config.GetBoolean(key);

    /// <summary>Reads a seed: a number or <c>auto</c>. An automatic seed is announced on <paramref name="stderr"/>.</summary>
    /// <param name="option">The flag.</param>
    /// <param name="key">The configuration key.</param>
    /// <param name="stderr">Where an automatic seed is announced.</param>
    /// <returns>The seed.</returns>
    public ulong Seed(Option<string?> option, string key, TextWriter stderr)
    {
        string text;
        string source;
        if (parseResult.GetValue(option) is { } flag)
        {
            text = flag;
            source = option.Name;
        }
        else
        {
            text = config.GetString(key);
            source = $"{key} ({config.OriginOf(key)})";
        }

        if (!Seeds.TryParse(text, out var seed, out var automatic))
        {
            throw new UsageException($"{source}: expected a number or 'auto' but got '{text}'");
        }

        if (automatic)
        {
            stderr.WriteLine($"{CliApp.Name}: seed auto: using {seed}");
        }

        return seed;
    }
}
