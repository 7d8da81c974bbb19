namespace IommuActors.Scenarios.Parsing;

/// <summary>
/// Splits HOCON text into structural tokens (brackets, separators, strings), skipping spaces and comments. It only
/// locates things in text the configuration reader has already accepted, so it does not report errors: it stops at
/// anything unterminated.
/// </summary>
internal static class HoconScanner
{
    private const string Forbidden = "$\"{}[]:=,+#`^?!@*&\\";

    public static IEnumerable<Token> Scan(string text, int start)
    {
        var i = start;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n')
            {
                yield return new Token(TokenKind.Newline, i, ++i);
            }
            else if (IsSpace(c))
            {
                i++;
            }
            else if (c == '#' || (c == '/' && At(text, i + 1, '/')))
            {
                i = text.IndexOf('\n', i) is var newline and >= 0 ? newline : text.Length;
            }
            else if (c is '{' or '[')
            {
                yield return new Token(TokenKind.Open, i, ++i);
            }
            else if (c is '}' or ']')
            {
                yield return new Token(TokenKind.Close, i, ++i);
            }
            else if (c == ',')
            {
                yield return new Token(TokenKind.Comma, i, ++i);
            }
            else if (c is '=' or ':' || (c == '+' && At(text, i + 1, '=')))
            {
                var end = i + (c == '+' ? 2 : 1);
                yield return new Token(TokenKind.Separator, i, end);
                i = end;
            }
            else
            {
                var end = c switch
                {
                    '"' => QuotedEnd(text, i),
                    '$' when At(text, i + 1, '{') => text.IndexOf('}', i) is var close and >= 0 ? close + 1 : -1,
                    _ when Forbidden.Contains(c, StringComparison.Ordinal) => i + 1,
                    _ => UnquotedEnd(text, i),
                };
                if (end < 0)
                {
                    yield break;
                }

                yield return new Token(TokenKind.Text, i, end);
                i = end;
            }
        }
    }

    private static bool At(string text, int index, char c) => index < text.Length && text[index] == c;

    private static bool IsSpace(char c) => c != '\n' && (char.IsWhiteSpace(c) || c == '\uFEFF');

    private static int UnquotedEnd(string text, int i)
    {
        while (i < text.Length && !IsSpace(text[i]) && text[i] != '\n' && !Forbidden.Contains(text[i], StringComparison.Ordinal)
            && !(text[i] == '/' && At(text, i + 1, '/')))
        {
            i++;
        }

        return i;
    }

    /// <summary>Finds the end of a quoted or triple-quoted string starting at <paramref name="open"/>; -1 if unterminated.</summary>
    private static int QuotedEnd(string text, int open)
    {
        if (string.CompareOrdinal(text, open, "\"\"\"", 0, 3) == 0)
        {
            var close = text.IndexOf("\"\"\"", open + 3, StringComparison.Ordinal);
            if (close < 0)
            {
                return -1;
            }

            while (close + 3 < text.Length && text[close + 3] == '"')
            {
                close++;
            }

            return close + 3;
        }

        for (var i = open + 1; i < text.Length && text[i] != '\n'; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == '"')
            {
                return i + 1;
            }
        }

        return -1;
    }
}
