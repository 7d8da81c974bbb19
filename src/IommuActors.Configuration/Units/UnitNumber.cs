using System.Globalization;

namespace IommuActors.Configuration.Units;

/// <summary>Splits <c>"1.5 KiB"</c> into a decimal number and a unit.</summary>
internal static class UnitNumber
{
    /// <summary>Parses a leading decimal number and the (trimmed) unit text after it.</summary>
    public static bool TrySplit(string text, out decimal number, out string unit)
    {
        var trimmed = text.Trim();
        var end = 0;
        while (end < trimmed.Length && (char.IsAsciiDigit(trimmed[end]) || trimmed[end] is '.' or '-' or '+'))
        {
            end++;
        }

        unit = trimmed[end..].Trim();
        return decimal.TryParse(
            trimmed.AsSpan(0, end),
            NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture,
            out number);
    }

    /// <summary>Multiplies and truncates toward zero, failing on overflow.</summary>
    public static bool TryScale(decimal number, decimal factor, out long result)
    {
        result = 0;
        try
        {
            var scaled = decimal.Truncate(number * factor);
            if (scaled < long.MinValue || scaled > long.MaxValue)
            {
                return false;
            }

            result = (long)scaled;
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }
}
