namespace IommuActors.Scenarios.Parsing;

/// <summary>The structural tokens <see cref="HoconScanner"/> distinguishes.</summary>
internal enum TokenKind
{
    /// <summary><c>{</c> or <c>[</c>.</summary>
    Open,

    /// <summary><c>}</c> or <c>]</c>.</summary>
    Close,

    /// <summary><c>,</c>.</summary>
    Comma,

    /// <summary>A line break.</summary>
    Newline,

    /// <summary><c>=</c>, <c>:</c> or <c>+=</c>.</summary>
    Separator,

    /// <summary>A quoted or unquoted string, a number, or a substitution.</summary>
    Text,
}
