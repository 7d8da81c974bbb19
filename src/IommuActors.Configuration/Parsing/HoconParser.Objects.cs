using IommuActors.Configuration.Model;
using IommuActors.Configuration.Resolution;

namespace IommuActors.Configuration.Parsing;

/// <summary>Objects and fields.</summary>
internal sealed partial class HoconParser
{
    /// <summary>Parses fields up to the matching '}' (when <paramref name="open"/> is its position) or the end of the text.</summary>
    /// <param name="open">Position of the opening brace, or -1 for a root without braces.</param>
    /// <param name="path">Absolute path of this object, or null inside an array.</param>
    private HoconObject ParseObjectBody(int open, IReadOnlyList<string>? path)
    {
        var braced = open >= 0;
        var result = new HoconObject(OriginAt(braced ? open : 0));
        while (true)
        {
            SkipBlank();
            if (AtEnd)
            {
                return braced ? throw Error(open, "unterminated object: missing '}'") : result;
            }

            var c = _text[_pos];
            if (c == '}')
            {
                if (!braced)
                {
                    throw Error(_pos, "unexpected '}': no object is open");
                }

                _pos++;
                return result;
            }

            if (c == ',')
            {
                throw Error(_pos, "unexpected ','");
            }

            var what = AtInclude() ? ParseInclude(result, path) : ParseField(result, path);
            SkipSpacesAndComment();
            if (AtEnd || _text[_pos] is '\n' or '}')
            {
                continue;
            }

            if (_text[_pos] != ',')
            {
                throw Error(_pos, $"expected ',' or a new line after {what}, found {Describe(_pos)}");
            }

            _pos++;
        }
    }

    /// <summary>Parses <c>key = value</c>, <c>key : value</c>, <c>key += value</c> or <c>key { ... }</c> into <paramref name="target"/>.</summary>
    /// <returns>A description of what was parsed, for error messages.</returns>
    private string ParseField(HoconObject target, IReadOnlyList<string>? path)
    {
        var keyPos = _pos;
        var (segments, display) = ParseKey("a key");
        SkipSpaces();
        var append = false;
        if (!AtEnd && _text[_pos] is '=' or ':')
        {
            _pos++;
            SkipSpaces();
        }
        else if (StartsWithAt(_pos, "+="))
        {
            _pos += 2;
            append = true;
            SkipSpaces();
        }
        else if (AtEnd || _text[_pos] != '{')
        {
            throw Error(_pos, $"expected '=' or ':' after key '{display}', found {Describe(_pos)}");
        }

        var valuePath = path is null ? null : (IReadOnlyList<string>)[.. path, .. segments];
        var value = ParseValue($"a value for '{display}'", valuePath);
        if (append)
        {
            value = new HoconAppend(value.Origin, [value]);
        }

        var keyOrigin = OriginAt(keyPos);
        for (var i = segments.Count - 1; i > 0; i--)
        {
            var wrapper = new HoconObject(keyOrigin);
            wrapper.Put(segments[i], value);
            value = wrapper;
        }

        target.Put(segments[0], HoconMerge.Merge(value, target.GetOrNull(segments[0])));
        return $"the value of '{display}'";
    }
}
