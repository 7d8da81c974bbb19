using IommuActors.Configuration.Model;
using IommuActors.Configuration.Resolution;

namespace IommuActors.Configuration.Parsing;

/// <summary><c>include "file"</c>, <c>include file("file")</c> and <c>include required(...)</c>; included files are required.</summary>
internal sealed partial class HoconParser
{
    private const string Keyword = "include";

    private bool AtInclude()
    {
        if (!StartsWithAt(_pos, Keyword))
        {
            return false;
        }

        var i = _pos + Keyword.Length;
        if (i >= _text.Length || !IsSpace(_text[i]))
        {
            return false;
        }

        while (i < _text.Length && IsSpace(_text[i]))
        {
            i++;
        }

        return i < _text.Length && (_text[i] == '"' || StartsWithAt(i, "file(") || StartsWithAt(i, "required(")
            || StartsWithAt(i, "classpath(") || StartsWithAt(i, "url("));
    }

    private string ParseInclude(HoconObject target, IReadOnlyList<string>? path)
    {
        var at = _pos;
        _pos += Keyword.Length;
        SkipSpaces();
        var name = ParseIncludeTarget(at);
        var file = Path.Combine(_baseDirectory, name);
        var fullPath = Path.GetFullPath(file);
        if (_chain.Any(f => string.Equals(f.FullPath, fullPath, StringComparison.Ordinal)))
        {
            var cycle = string.Join(" -> ", _chain.SkipWhile(f => f.FullPath != fullPath).Select(f => f.Name).Append(file));
            throw Error(at, $"include cycle: {cycle}");
        }

        if (!File.Exists(file))
        {
            throw Error(at, $"included file '{file}' not found");
        }

        var included = ParseFileCore(
            file,
            _chain,
            path ?? [],
            e => Error(at, $"could not read included file '{file}': {e.Message}"));
        foreach (var key in included.Keys)
        {
            target.Put(key, HoconMerge.Merge(included[key], target.GetOrNull(key)));
        }

        return $"the include of '{name}'";
    }

    private string ParseIncludeTarget(int at)
    {
        if (!AtEnd && _text[_pos] == '"')
        {
            return ParseQuotedString();
        }

        if (StartsWithAt(_pos, "classpath(") || StartsWithAt(_pos, "url("))
        {
            throw Error(at, "only file includes are supported: use include \"file.conf\" or include file(\"file.conf\")");
        }

        var required = StartsWithAt(_pos, "required(");
        if (!required && !StartsWithAt(_pos, "file("))
        {
            throw Error(_pos, $"expected a quoted file name after 'include', found {Describe(_pos)}");
        }

        _pos += required ? "required(".Length : "file(".Length;
        SkipSpaces();
        if (AtEnd || (_text[_pos] != '"' && !(required && StartsWithAt(_pos, "file("))))
        {
            throw Error(_pos, $"expected a quoted file name, found {Describe(_pos)}");
        }

        var name = ParseIncludeTarget(at);
        SkipSpaces();
        if (AtEnd || _text[_pos] != ')')
        {
            throw Error(_pos, $"expected ')' after the included file name, found {Describe(_pos)}");
        }

        _pos++;
        return name;
    }
}
