using System.Globalization;
using System.Text;

namespace IommuActors.Configuration.Parsing;

/// <summary>Quoted strings (JSON escapes) and triple-quoted strings (raw, may span lines).</summary>
internal sealed partial class HoconParser
{
    private string ParseQuotedString() => StartsWithAt(_pos, "\"\"\"") ? ParseTripleQuoted() : ParseJsonString();

    private string ParseJsonString()
    {
        var open = _pos++;
        var result = new StringBuilder();
        while (true)
        {
            if (AtEnd || _text[_pos] == '\n')
            {
                throw Error(open, "unterminated quoted string: missing '\"'");
            }

            var c = _text[_pos];
            if (c == '"')
            {
                _pos++;
                return result.ToString();
            }

            if (c != '\\')
            {
                result.Append(c);
                _pos++;
                continue;
            }

            result.Append(ParseEscape(open));
        }
    }

    private char ParseEscape(int open)
    {
        var backslash = _pos++;
        if (AtEnd || _text[_pos] == '\n')
        {
            throw Error(open, "unterminated quoted string: missing '\"'");
        }

        var c = _text[_pos++];
        switch (c)
        {
            case '"' or '\\' or '/':
                return c;
            case 'b':
                return '\b';
            case 'f':
                return '\f';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 't':
                return '\t';
            case 'u':
                if (_pos + 4 <= _text.Length
                    && ushort.TryParse(_text.AsSpan(_pos, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                {
                    _pos += 4;
                    return (char)code;
                }

                throw Error(backslash, "bad escape '\\u': expected four hex digits");
            default:
                throw Error(backslash, $"bad escape '\\{c}' in quoted string");
        }
    }

    private string ParseTripleQuoted()
    {
        var open = _pos;
        var close = _text.IndexOf("\"\"\"", open + 3, StringComparison.Ordinal);
        if (close < 0)
        {
            throw Error(open, "unterminated triple-quoted string: missing '\"\"\"'");
        }

        // Quotes right before the closing three belong to the content: """a""""  is  a".
        while (close + 3 < _text.Length && _text[close + 3] == '"')
        {
            close++;
        }

        _pos = close + 3;
        return _text[(open + 3)..close];
    }
}
