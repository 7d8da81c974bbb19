namespace IommuActors.Configuration.Model;

/// <summary>The type a scalar was written as.</summary>
internal enum ScalarKind
{
    /// <summary>A quoted or unquoted string (or a concatenation).</summary>
    String,

    /// <summary>An unquoted number.</summary>
    Number,

    /// <summary>An unquoted <c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>An unquoted <c>null</c>.</summary>
    Null,
}
