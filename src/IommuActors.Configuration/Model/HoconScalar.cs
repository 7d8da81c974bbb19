using System.Globalization;
using IommuActors.Configuration.Formatting;

namespace IommuActors.Configuration.Model;

/// <summary>A string, number, boolean or null, kept as its text.</summary>
internal sealed class HoconScalar : HoconValue
{
    public HoconScalar(ConfigOrigin origin, ScalarKind kind, string text)
        : base(origin)
    {
        Kind = kind;
        Text = text;
    }

    public ScalarKind Kind { get; }

    public string Text { get; }

    /// <summary>Classifies an unquoted token: <c>true</c>/<c>false</c>, <c>null</c>, a number, or a string.</summary>
    public static HoconScalar FromUnquoted(ConfigOrigin origin, string text)
    {
        var kind = text switch
        {
            "true" or "false" => ScalarKind.Boolean,
            "null" => ScalarKind.Null,
            _ when IsNumber(text) => ScalarKind.Number,
            _ => ScalarKind.String,
        };
        return new HoconScalar(origin, kind, text);
    }

    public override string Describe() => Kind switch
    {
        ScalarKind.String => "string " + HoconRenderer.Quote(Text),
        ScalarKind.Number => "number " + Text,
        ScalarKind.Boolean => "boolean " + Text,
        _ => "null",
    };

    private static bool IsNumber(string text)
    {
        var i = text.StartsWith('-') ? 1 : 0;
        var digits = CountDigits(text, i);
        if (digits == 0)
        {
            return false;
        }

        i += digits;
        if (i < text.Length && text[i] == '.')
        {
            var fraction = CountDigits(text, i + 1);
            if (fraction == 0)
            {
                return false;
            }

            i += 1 + fraction;
        }

        if (i < text.Length && (text[i] == 'e' || text[i] == 'E'))
        {
            i++;
            if (i < text.Length && (text[i] == '+' || text[i] == '-'))
            {
                i++;
            }

            var exponent = CountDigits(text, i);
            if (exponent == 0)
            {
                return false;
            }

            i += exponent;
        }

        return i == text.Length && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
    }

    private static int CountDigits(string text, int start)
    {
        var i = start;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        return i - start;
    }
}
