using System.Globalization;
using System.Text;
using IommuActors.Configuration.Model;

namespace IommuActors.Configuration.Formatting;

/// <summary>Renders a resolved tree as HOCON that parses back to the same values, fields in definition order.</summary>
internal static class HoconRenderer
{
    private const string Indent = "  ";

    /// <summary>Renders the fields of <paramref name="root"/> without surrounding braces.</summary>
    public static string Render(HoconObject root)
    {
        var output = new StringBuilder();
        WriteFields(output, root, 0);
        return output.ToString();
    }

    /// <summary>Quotes a string with JSON escapes.</summary>
    public static string Quote(string text)
    {
        var output = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            _ = c switch
            {
                '"' => output.Append("\\\""),
                '\\' => output.Append("\\\\"),
                '\n' => output.Append("\\n"),
                '\r' => output.Append("\\r"),
                '\t' => output.Append("\\t"),
                '\b' => output.Append("\\b"),
                '\f' => output.Append("\\f"),
                < ' ' => output.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)),
                _ => output.Append(c),
            };
        }

        return output.Append('"').ToString();
    }

    /// <summary>Formats path elements as a path expression, quoting elements that need it.</summary>
    public static string FormatPath(IEnumerable<string> path) => string.Join('.', path.Select(FormatKey));

    /// <summary>Formats one key, quoted unless it is plain letters, digits, '-' and '_'.</summary>
    public static string FormatKey(string key) =>
        key.Length > 0 && key != "include" && key.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') ? key : Quote(key);

    private static void WriteFields(StringBuilder output, HoconObject obj, int depth)
    {
        foreach (var key in obj.Keys)
        {
            WriteIndent(output, depth).Append(FormatKey(key)).Append(" = ");
            WriteValue(output, obj[key], depth);
            output.Append('\n');
        }
    }

    private static void WriteValue(StringBuilder output, HoconValue value, int depth)
    {
        switch (value)
        {
            case HoconObject obj when obj.Keys.Count == 0:
                output.Append("{}");
                break;
            case HoconObject obj:
                output.Append("{\n");
                WriteFields(output, obj, depth + 1);
                WriteIndent(output, depth).Append('}');
                break;
            case HoconArray array when array.Items.All(i => i is HoconScalar):
                output.Append('[');
                for (var i = 0; i < array.Items.Count; i++)
                {
                    output.Append(i == 0 ? string.Empty : ", ");
                    WriteValue(output, array.Items[i], depth);
                }

                output.Append(']');
                break;
            case HoconArray array:
                output.Append("[\n");
                foreach (var item in array.Items)
                {
                    WriteIndent(output, depth + 1);
                    WriteValue(output, item, depth + 1);
                    output.Append('\n');
                }

                WriteIndent(output, depth).Append(']');
                break;
            case HoconScalar { Kind: ScalarKind.String } scalar:
                output.Append(Quote(scalar.Text));
                break;
            case HoconScalar scalar:
                output.Append(scalar.Text);
                break;
            default:
                throw new InvalidOperationException("only resolved values can be rendered");
        }
    }

    private static StringBuilder WriteIndent(StringBuilder output, int depth)
    {
        for (var i = 0; i < depth; i++)
        {
            output.Append(Indent);
        }

        return output;
    }
}
