using IommuActors.Configuration.Model;

namespace IommuActors.Configuration.Parsing;

/// <summary>Parses HOCON text into an unresolved object tree, with 1-based line/column origins.</summary>
internal sealed partial class HoconParser
{
    private const string ForbiddenUnquoted = "$\"{}[]:=,+#`^?!@*&\\";

    private readonly string _text;
    private readonly string _originName;
    private readonly string _baseDirectory;
    private readonly IReadOnlyList<IncludedFile> _chain;
    private readonly IReadOnlyList<string> _includePrefix;
    private readonly int[] _lineStarts;
    private int _pos;

    private HoconParser(string text, string originName, string baseDirectory, IReadOnlyList<IncludedFile> chain, IReadOnlyList<string> includePrefix)
    {
        _text = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (_text.StartsWith('\uFEFF'))
        {
            _text = " " + _text[1..];
        }

        _originName = originName;
        _baseDirectory = baseDirectory;
        _chain = chain;
        _includePrefix = includePrefix;
        _lineStarts = ComputeLineStarts(_text);
    }

    private bool AtEnd => _pos >= _text.Length;

    /// <summary>Parses a whole document (root braces optional).</summary>
    public static HoconObject ParseText(string text, string originName, string baseDirectory) =>
        new HoconParser(text, originName, baseDirectory, [], []).ParseDocument();

    /// <summary>Reads and parses a file; includes resolve relative to its directory.</summary>
    public static HoconObject ParseFile(string path)
    {
        if (!File.Exists(path))
        {
            throw ConfigException.FileNotFound(path);
        }

        return ParseFileCore(path, [], [], e => ConfigException.Unreadable(path, e));
    }

    /// <summary>Parses a setting path expression such as <c>a.b."c.d"</c> into its elements.</summary>
    public static IReadOnlyList<string> ParsePath(string path)
    {
        var parser = new HoconParser(path, "<path>", string.Empty, [], []);
        var (segments, _) = parser.ParseKey("a setting path");
        if (!parser.AtEnd)
        {
            throw parser.Error(parser._pos, $"unexpected {parser.Describe(parser._pos)} in the setting path");
        }

        return segments;
    }

    private static HoconObject ParseFileCore(string path, IReadOnlyList<IncludedFile> chain, IReadOnlyList<string> prefix, Func<Exception, ConfigException> onReadError)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw onReadError(e);
        }

        var directory = Path.GetDirectoryName(path) ?? string.Empty;
        var file = new IncludedFile(Path.GetFullPath(path), path);
        return new HoconParser(text, path, directory, [.. chain, file], prefix).ParseDocument();
    }

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }

    private static bool IsSpace(char c) => c != '\n' && (char.IsWhiteSpace(c) || c == '\uFEFF');

    private HoconObject ParseDocument()
    {
        SkipBlank();
        if (!AtEnd && _text[_pos] == '[')
        {
            throw Error(_pos, "the root of a configuration must be an object, not an array");
        }

        if (AtEnd || _text[_pos] != '{')
        {
            return ParseObjectBody(-1, _includePrefix);
        }

        var open = _pos++;
        var root = ParseObjectBody(open, _includePrefix);
        SkipBlank();
        if (!AtEnd)
        {
            throw Error(_pos, $"unexpected {Describe(_pos)} after the root object");
        }

        return root;
    }

    private ConfigOrigin OriginAt(int pos)
    {
        var index = Array.BinarySearch(_lineStarts, pos);
        var line = index >= 0 ? index : ~index - 1;
        return new ConfigOrigin(_originName, line + 1, pos - _lineStarts[line] + 1);
    }

    private ConfigException Error(int pos, string what) => ConfigException.Parse(OriginAt(pos), what);

    private string Describe(int pos) => pos >= _text.Length ? "end of file" : _text[pos] == '\n' ? "end of line" : $"'{_text[pos]}'";

    private bool StartsWithAt(int pos, string value) => string.CompareOrdinal(_text, pos, value, 0, value.Length) == 0;

    private bool IsUnquotedChar(int pos)
    {
        var c = _text[pos];
        return !IsSpace(c) && c != '\n' && !ForbiddenUnquoted.Contains(c, StringComparison.Ordinal) && !(c == '/' && pos + 1 < _text.Length && _text[pos + 1] == '/');
    }

    private bool AtComment() => !AtEnd && (_text[_pos] == '#' || StartsWithAt(_pos, "//"));

    /// <summary>Skips spaces, tabs and other whitespace except newlines.</summary>
    private void SkipSpaces()
    {
        while (!AtEnd && IsSpace(_text[_pos]))
        {
            _pos++;
        }
    }

    /// <summary>Skips spaces and a trailing comment, stopping at the newline.</summary>
    private void SkipSpacesAndComment()
    {
        SkipSpaces();
        if (AtComment())
        {
            while (!AtEnd && _text[_pos] != '\n')
            {
                _pos++;
            }
        }
    }

    /// <summary>Skips whitespace, newlines and comments.</summary>
    private void SkipBlank()
    {
        while (true)
        {
            SkipSpacesAndComment();
            if (AtEnd || _text[_pos] != '\n')
            {
                return;
            }

            _pos++;
        }
    }
}
