using System.Globalization;
using IommuActors.Configuration;

namespace IommuActors.Scenarios;

/// <summary>
/// A generator named on the command line, <c>gen:KIND[,key=value…]</c> (e.g. <c>gen:apple-soc,usb=4,seed=7</c>): it
/// is written as a scenario with one variant, mainline (pick another kernel with <c>--kernel</c>), and read like a
/// file, so its parameters get the same checks and messages.
/// </summary>
public static class GeneratorTarget
{
    /// <summary>The prefix of generator targets.</summary>
    public const string Prefix = "gen:";

    /// <summary>Loads a generator target.</summary>
    /// <param name="target">The target.</param>
    /// <returns>The scenario (its source is the target text).</returns>
    /// <exception cref="ScenarioException">A parameter is malformed, unknown or out of range.</exception>
    public static ScenarioSpec Load(string target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var parts = target[Prefix.Length..].Split(',', StringSplitOptions.TrimEntries);
        var lines = new List<string> { $"kind = {Quote(parts[0])}" };
        foreach (var part in parts.Skip(1))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0 || part[..eq].Any(c => !char.IsAsciiLetterOrDigit(c) && c != '-'))
            {
                throw ScenarioException.DeviceTree(new ConfigOrigin(target, 1, 1), $"'{part}' is not key=value (e.g. gen:apple-soc,usb=4)");
            }

            var value = part[(eq + 1)..];
            var literal = long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out _) || value is "true" or "false" ? value : Quote(value);
            lines.Add($"{part[..eq]} = {literal}");
        }

        var text = $"scenario {{\n  name = {Quote(target)}\n  generator {{\n    {string.Join("\n    ", lines)}\n  }}\n  variants {{ mainline {{ kernel = \"6.15\", expect = [] }} }}\n}}\n";
        return ScenarioLoader.FromText(text, target, () => Config.ParseString(text, target));
    }

    private static string Quote(string text) => $"\"{text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"";
}
