using IommuActors.Configuration;

namespace IommuActors.Scenarios.Parsing;

/// <summary>A scenario file's text, for finding list elements and object keys that the configuration API does not locate.</summary>
internal sealed class SourceText
{
    private readonly int[] _lineStarts;

    public SourceText(string file, string text)
    {
        File = file;
        Text = text;
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = [.. starts];
    }

    /// <summary>Gets the file name as given (positions are reported against it).</summary>
    public string File { get; }

    /// <summary>Gets the text.</summary>
    public string Text { get; }

    /// <summary>Gets the position of the start of the file.</summary>
    public ConfigOrigin Start => new(File, 1, 1);

    /// <summary>Converts an offset to <c>file:line:col</c>, counting columns the way the HOCON parser does.</summary>
    public ConfigOrigin OriginAt(int offset)
    {
        var index = Array.BinarySearch(_lineStarts, offset);
        var line = index >= 0 ? index : ~index - 1;
        return new ConfigOrigin(File, line + 1, offset - _lineStarts[line] + 1);
    }

    /// <summary>Converts a position in this file back to an offset.</summary>
    /// <returns>The offset, or null when the position is in another file (an include) or out of range.</returns>
    public int? OffsetOf(ConfigOrigin origin)
    {
        if (!string.Equals(origin.File, File, StringComparison.Ordinal) || origin.Line < 1 || origin.Line > _lineStarts.Length)
        {
            return null;
        }

        var offset = _lineStarts[origin.Line - 1] + origin.Column - 1;
        return offset < Text.Length ? offset : null;
    }
}
