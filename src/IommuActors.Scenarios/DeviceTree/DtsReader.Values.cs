using System.Globalization;
using System.Text;
using IommuActors.Configuration;

namespace IommuActors.Scenarios.DeviceTree;

/// <summary>Property values, names, whitespace, comments and cpp line markers.</summary>
internal sealed partial class DtsReader
{
    private DtProperty ReadProperty(string name, ConfigOrigin where)
    {
        var property = new DtProperty(name, where);
        Skip();
        if (Peek() == ';')
        {
            _pos++;
            return property; // a flag
        }

        Expect('=');
        do
        {
            Skip();
            switch (Peek())
            {
                case '"':
                    property.Strings.Add(QuotedString());
                    break;
                case '<':
                    _pos++;
                    while (Skip() && Peek() != '>')
                    {
                        property.Cells.Add(Cell());
                    }

                    Expect('>');
                    break;
                case '[':
                    _pos++;
                    while (Skip() && Peek() != ']')
                    {
                        var at = Here;
                        var hex = Name("hex bytes");
                        if (!long.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var b))
                        {
                            throw Error(at, $"'{hex}' is not a hex byte string");
                        }

                        property.Cells.Add(new DtCell(b, null, at));
                    }

                    Expect(']');
                    break;
                case '&':
                    var at2 = Here;
                    _pos++;
                    property.Cells.Add(new DtCell(0, Name("a label after '&'"), at2));
                    break;
                default:
                    throw Error(Here, $"expected a value (\"string\", <cells> or [bytes]) for '{name}', found {Found()}");
            }

            Skip();
        }
        while (TryChar(','));

        Expect(';');
        return property;
    }

    private DtCell Cell()
    {
        var at = Here;
        if (TryChar('&'))
        {
            return new DtCell(0, Name("a label after '&'"), at);
        }

        if (Peek() == '(')
        {
            return new DtCell(Expression(), null, at);
        }

        return new DtCell(Number(), null, at);
    }

    /// <summary>A parenthesised expression of numbers with + - * / &lt;&lt; &gt;&gt; | &amp;, left to right (what macros expand to).</summary>
    private long Expression()
    {
        Expect('(');
        Skip();
        var value = Peek() == '(' ? Expression() : Number();
        while (Skip() && Peek() != ')')
        {
            var at = Here;
            var op = _text[_pos++].ToString();
            if (op is "<" or ">")
            {
                op += _text[_pos++];
            }

            Skip();
            var right = Peek() == '(' ? Expression() : Number();
            value = op switch
            {
                "+" => value + right,
                "-" => value - right,
                "*" => value * right,
                "/" when right != 0 => value / right,
                "<<" => value << (int)right,
                ">>" => value >> (int)right,
                "|" => value | right,
                "&" => value & right,
                _ => throw Error(at, $"unsupported operator '{op}' in a cell expression"),
            };
        }

        Expect(')');
        return value;
    }

    private long Number()
    {
        var at = Here;
        var start = _pos;
        while (_pos < _text.Length && (char.IsAsciiLetterOrDigit(_text[_pos]) || _text[_pos] == 'x'))
        {
            _pos++;
        }

        var word = _text[start.._pos].TrimEnd('U', 'L', 'u', 'l');
        var ok = word.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            ? long.TryParse(word[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value)
            : long.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out value);
        return ok ? value : throw Error(at, word.Length == 0 ? $"expected a number, found {Found()}" : $"'{word}' is not a number");
    }

    private string QuotedString()
    {
        var at = Here;
        _pos++;
        var text = new StringBuilder();
        while (_pos < _text.Length && _text[_pos] != '"' && _text[_pos] != '\n')
        {
            if (_text[_pos] == '\\' && _pos + 1 < _text.Length)
            {
                _pos++;
            }

            text.Append(_text[_pos++]);
        }

        if (_pos >= _text.Length || _text[_pos] != '"')
        {
            throw Error(at, "unterminated string");
        }

        _pos++;
        return text.ToString();
    }

    private string Name(string what)
    {
        Skip();
        var start = _pos;
        while (_pos < _text.Length && (char.IsAsciiLetterOrDigit(_text[_pos]) || ",._+*#?@-".Contains(_text[_pos], StringComparison.Ordinal)))
        {
            _pos++;
        }

        return _pos > start ? _text[start.._pos] : throw Error(Here, $"expected {what}, found {Found()}");
    }

    private bool TryDirective(string directive)
    {
        if (string.CompareOrdinal(_text, _pos, directive, 0, directive.Length) != 0)
        {
            return false;
        }

        _pos += directive.Length;
        Skip();
        return true;
    }

    private void Expect(char c)
    {
        Skip();
        if (!TryChar(c))
        {
            throw Error(Here, $"expected '{c}', found {Found()}");
        }
    }

    private bool TryChar(char c)
    {
        if (Peek() != c)
        {
            return false;
        }

        _pos++;
        return true;
    }

    private char Peek() => _pos < _text.Length ? _text[_pos] : '\0';

    private char PeekAt(int offset) => _pos + offset < _text.Length ? _text[_pos + offset] : '\0';

    /// <summary>The next non-blank character after <paramref name="offset"/>, without moving.</summary>
    private char Next(int offset)
    {
        var i = _pos + offset;
        while (i < _text.Length && char.IsWhiteSpace(_text[i]))
        {
            i++;
        }

        return i < _text.Length ? _text[i] : '\0';
    }

    /// <summary>Skips blanks, comments and cpp line markers; always true (so it can sit in a condition).</summary>
    private bool Skip()
    {
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (c == '\n')
            {
                _pos++;
                _line++;
                _lineStart = _pos;
            }
            else if (char.IsWhiteSpace(c))
            {
                _pos++;
            }
            else if (c == '/' && PeekAt(1) == '/')
            {
                while (_pos < _text.Length && _text[_pos] != '\n')
                {
                    _pos++;
                }
            }
            else if (c == '/' && PeekAt(1) == '*')
            {
                var end = _text.IndexOf("*/", _pos + 2, StringComparison.Ordinal);
                end = end < 0 ? _text.Length : end + 2;
                while (_pos < end)
                {
                    if (_text[_pos++] == '\n')
                    {
                        _line++;
                        _lineStart = _pos;
                    }
                }
            }
            else if (c == '#' && _pos == _lineStart && IsLineMarker())
            {
                LineMarker();
            }
            else
            {
                break;
            }
        }

        return true;
    }

    private bool IsLineMarker() => _pos + 2 < _text.Length && _text[_pos + 1] == ' ' && char.IsAsciiDigit(_text[_pos + 2]);

    /// <summary><c># N "file" flags</c>: the next line is line N of that file. Other directives left by cpp are skipped.</summary>
    private void LineMarker()
    {
        var end = _text.IndexOf('\n', _pos);
        end = end < 0 ? _text.Length : end;
        var parts = _text[(_pos + 1)..end].Trim().Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        _pos = end;
        if (parts.Length >= 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var line) && parts[1].StartsWith('"'))
        {
            _file = parts[1].Trim('"');
            _line = line - 1; // the newline that ends the marker moves to line N
        }
    }
}
