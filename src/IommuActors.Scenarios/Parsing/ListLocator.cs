namespace IommuActors.Scenarios.Parsing;

/// <summary>Finds where each element of an array starts and ends (the configuration API only locates the array).</summary>
internal static class ListLocator
{
    /// <summary>Locates the elements of the array whose <c>[</c> is at <paramref name="open"/>.</summary>
    /// <returns>One span per element, or null when there is no array there.</returns>
    public static IReadOnlyList<TextSpan>? Elements(string text, int open)
    {
        if (open >= text.Length || text[open] != '[')
        {
            return null;
        }

        var spans = new List<TextSpan>();
        var depth = 0;
        var start = -1;
        var end = -1;
        foreach (var token in HoconScanner.Scan(text, open))
        {
            switch (token.Kind)
            {
                case TokenKind.Open:
                    start = depth == 1 && start < 0 ? token.Start : start;
                    depth++;
                    break;
                case TokenKind.Close:
                    depth--;
                    if (depth == 0)
                    {
                        AddIfStarted(spans, start, end);
                        return spans;
                    }

                    break;
                case TokenKind.Comma or TokenKind.Newline when depth == 1:
                    AddIfStarted(spans, start, end);
                    start = -1;
                    continue;
                default:
                    start = depth == 1 && start < 0 ? token.Start : start;
                    break;
            }

            if (start >= 0 && token.Kind != TokenKind.Newline)
            {
                end = token.End;
            }
        }

        return null;
    }

    private static void AddIfStarted(List<TextSpan> spans, int start, int end)
    {
        if (start >= 0)
        {
            spans.Add(new TextSpan(start, end));
        }
    }
}
