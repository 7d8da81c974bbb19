using System.Globalization;
using IommuActors.Runtime.Scheduling;

namespace IommuActors.Cli.Settings;

/// <summary>Parses seeds. <c>auto</c> is the one place the CLI derives a value from the clock; the result is printed.</summary>
internal static class Seeds
{
    /// <summary>The word that asks for a clock-derived seed.</summary>
    public const string Auto = "auto";

    /// <summary>Parses a decimal seed or <c>auto</c>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="seed">The seed.</param>
    /// <param name="automatic">True when the seed came from the clock.</param>
    /// <returns>True when the text is valid.</returns>
    public static bool TryParse(string text, out ulong seed, out bool automatic)
    {
        automatic = string.Equals(text.Trim(), Auto, StringComparison.OrdinalIgnoreCase);
        if (automatic)
        {
            seed = FromClock();
            return true;
        }

        return ulong.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out seed);
    }

    /// <summary>Mixes the wall clock into a 48-bit seed (short enough to retype, exact in any JSON reader).</summary>
    private static ulong FromClock() => DeterministicRandom.Derive((ulong)DateTime.UtcNow.Ticks, 0) >> 16;
}
