using System.Text;

namespace IommuActors.Configuration.Parsing;

/// <summary>Keys and path expressions: unquoted dots split, quoted dots are kept.</summary>
internal sealed partial class HoconParser
{
    /// <summary>Parses a key (or a substitution path) into its path elements.</summary>
    /// <param name="expected">What to call the key in an error, e.g. "a key".</param>
    /// <returns>The elements and the key as written.</returns>
    private (List<string> Segments, string Display) ParseKey(string expected)
    {
        var start = _pos;
        var segments = new List<string>();
        var current = new StringBuilder();
        var hasContent = false;
        var any = false;
        while (!AtEnd)
        {
            var c = _text[_pos];
            if (c == '"')
            {
                current.Append(ParseQuotedString());
                hasContent = true;
            }
            else if (IsUnquotedChar(_pos))
            {
                if (c == '.')
                {
                    if (!hasContent)
                    {
                        throw Error(_pos, $"invalid key '{_text[start..(_pos + 1)]}': empty path element before '.'");
                    }

                    segments.Add(current.ToString());
                    current.Clear();
                    hasContent = false;
                }
                else
                {
                    current.Append(c);
                    hasContent = true;
                }

                _pos++;
            }
            else if (any && IsSpace(c))
            {
                var spaces = _pos;
                SkipSpaces();
                if (AtEnd || (_text[_pos] != '"' && !IsUnquotedChar(_pos)))
                {
                    _pos = spaces;
                    break;
                }

                current.Append(_text, spaces, _pos - spaces);
                continue;
            }
            else
            {
                break;
            }

            any = true;
        }

        if (!any)
        {
            throw Error(start, $"expected {expected}, found {Describe(start)}");
        }

        if (!hasContent)
        {
            throw Error(_pos - 1, $"invalid key '{_text[start.._pos]}': empty path element after '.'");
        }

        segments.Add(current.ToString());
        return (segments, _text[start.._pos]);
    }
}
