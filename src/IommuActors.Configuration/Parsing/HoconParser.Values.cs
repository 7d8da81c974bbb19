using System.Text;
using IommuActors.Configuration.Model;

namespace IommuActors.Configuration.Parsing;

/// <summary>Values: objects, arrays, strings, substitutions and concatenations of them on one line.</summary>
internal sealed partial class HoconParser
{
    /// <summary>Parses one value, concatenating everything on the line that can be part of a value.</summary>
    /// <param name="expected">What to call the value in an error, e.g. "a value for 'a'".</param>
    /// <param name="path">Absolute path of the value, or null inside an array.</param>
    private HoconValue ParseValue(string expected, IReadOnlyList<string>? path)
    {
        var start = _pos;
        var pieces = new List<HoconValue>();
        var separators = new List<string>();
        var pending = string.Empty;
        while (!AtEnd && TryParsePiece(path) is { } piece)
        {
            pieces.Add(piece);
            separators.Add(pieces.Count == 1 ? string.Empty : pending);
            var spaces = _pos;
            SkipSpaces();
            pending = _text[spaces.._pos];
        }

        if (pieces.Count == 0)
        {
            throw Error(start, $"expected {expected}, found {Describe(start)}");
        }

        if (pieces.Count == 1)
        {
            return pieces[0];
        }

        if (pieces.TrueForAll(p => p is HoconScalar))
        {
            var text = new StringBuilder();
            for (var i = 0; i < pieces.Count; i++)
            {
                text.Append(separators[i]).Append(((HoconScalar)pieces[i]).Text);
            }

            return new HoconScalar(pieces[0].Origin, ScalarKind.String, text.ToString());
        }

        return new HoconConcatenation(pieces[0].Origin, pieces, separators);
    }

    private HoconValue? TryParsePiece(IReadOnlyList<string>? path)
    {
        var start = _pos;
        var c = _text[_pos];
        switch (c)
        {
            case '{':
                _pos++;
                return ParseObjectBody(start, path);
            case '[':
                return ParseArray();
            case '"':
                return new HoconScalar(OriginAt(start), ScalarKind.String, ParseQuotedString());
            case '$' when _pos + 1 < _text.Length && _text[_pos + 1] == '{':
                return ParseSubstitution();
            default:
                if (!IsUnquotedChar(_pos))
                {
                    return null;
                }

                while (!AtEnd && IsUnquotedChar(_pos))
                {
                    _pos++;
                }

                return HoconScalar.FromUnquoted(OriginAt(start), _text[start.._pos]);
        }
    }

    private HoconArray ParseArray()
    {
        var open = _pos++;
        var items = new List<HoconValue>();
        while (true)
        {
            SkipBlank();
            if (AtEnd)
            {
                throw Error(open, "unterminated array: missing ']'");
            }

            if (_text[_pos] == ']')
            {
                _pos++;
                return new HoconArray(OriginAt(open), items);
            }

            if (_text[_pos] == ',')
            {
                throw Error(_pos, "unexpected ','");
            }

            items.Add(ParseValue("an array element", null));
            SkipSpacesAndComment();
            if (AtEnd || _text[_pos] is '\n' or ']')
            {
                continue;
            }

            if (_text[_pos] != ',')
            {
                throw Error(_pos, $"expected ',' or ']' after an array element, found {Describe(_pos)}");
            }

            _pos++;
        }
    }

    private HoconSubstitution ParseSubstitution()
    {
        var open = _pos;
        _pos += 2;
        var optional = !AtEnd && _text[_pos] == '?';
        if (optional)
        {
            _pos++;
        }

        SkipSpaces();
        if (AtEnd || _text[_pos] == '\n')
        {
            throw Error(open, "unterminated substitution: missing '}'");
        }

        var (segments, _) = ParseKey("a path in the substitution");
        SkipSpaces();
        if (AtEnd || _text[_pos] == '\n')
        {
            throw Error(open, "unterminated substitution: missing '}'");
        }

        if (_text[_pos] != '}')
        {
            throw Error(_pos, $"expected '}}' to close the substitution, found {Describe(_pos)}");
        }

        _pos++;
        return new HoconSubstitution(OriginAt(open), segments, optional, _includePrefix);
    }
}
