namespace IommuActors.Scenarios.Parsing;

/// <summary>
/// Lists the field definitions written in an object, in order, duplicates included: HOCON merges a key defined
/// twice, so only the text shows that a block was written twice.
/// </summary>
internal static class ObjectLocator
{
    private enum State
    {
        KeyStart,
        AfterKey,
        AfterSeparator,
        InValue,
    }

    /// <summary>Lists the fields of the object whose <c>{</c> is at <paramref name="open"/>.</summary>
    /// <returns>The fields, or null when there is no object there.</returns>
    public static IReadOnlyList<ObjectField>? Fields(string text, int open)
    {
        if (open >= text.Length || text[open] != '{')
        {
            return null;
        }

        var fields = new List<ObjectField>();
        var depth = 0;
        var state = State.KeyStart;
        var key = default(Token);
        foreach (var token in HoconScanner.Scan(text, open))
        {
            if (depth > 1 || (depth == 1 && state == State.InValue && token.Kind is not (TokenKind.Comma or TokenKind.Newline or TokenKind.Close)))
            {
                depth += token.Kind switch { TokenKind.Open => 1, TokenKind.Close => -1, _ => 0 };
                continue;
            }

            switch (token.Kind, state)
            {
                case (TokenKind.Open, _) when depth == 0:
                    depth = 1;
                    break;
                case (TokenKind.Close, _):
                    return fields;
                case (TokenKind.Comma or TokenKind.Newline, State.KeyStart or State.InValue):
                    state = State.KeyStart;
                    break;
                case (TokenKind.Text, State.KeyStart):
                    key = token;
                    state = State.AfterKey;
                    break;
                case (TokenKind.Separator, State.AfterKey):
                    state = State.AfterSeparator;
                    break;
                case (TokenKind.Open, State.AfterKey or State.AfterSeparator):
                    fields.Add(Field(text, key, isBlock: text[token.Start] == '{'));
                    depth++;
                    state = State.InValue;
                    break;
                case (_, State.AfterSeparator):
                    fields.Add(Field(text, key, isBlock: false));
                    state = State.InValue;
                    break;
                default:
                    // Keys made of several pieces ("a" b) and anything unexpected: keep scanning.
                    break;
            }
        }

        return null;
    }

    private static ObjectField Field(string text, Token key, bool isBlock) =>
        new(text[key.Start..key.End].Trim('"'), key.Start, isBlock);
}
