namespace IommuActors.Runtime;

/// <summary>The hierarchical, human-readable address of an actor. Schedules key their steps by it.</summary>
public sealed class ActorPath : IEquatable<ActorPath>
{
    private readonly string _text;

    private ActorPath(ActorPath? parent, string name)
    {
        Parent = parent;
        Name = name;
        _text = parent is null ? name : parent.Parent is null && parent._text == "/" ? "/" + name : parent._text + "/" + name;
    }

    /// <summary>Gets the root path, <c>/</c>.</summary>
    public static ActorPath Root { get; } = new(null, "/");

    /// <summary>Gets the parent path, or <see langword="null"/> for the root.</summary>
    public ActorPath? Parent { get; }

    /// <summary>Gets the last element of the path.</summary>
    public string Name { get; }

    /// <summary>Returns the path of a child named <paramref name="name"/>.</summary>
    /// <param name="name">The child name.</param>
    /// <returns>The child path.</returns>
    public ActorPath Child(string name) => new(this, name);

    /// <inheritdoc/>
    public override string ToString() => _text;

    /// <inheritdoc/>
    public bool Equals(ActorPath? other) => other is not null && string.Equals(_text, other._text, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ActorPath other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(_text);

    /// <summary>Validates an actor name: non-empty, no '/', no leading '$' (reserved for generated names).</summary>
    /// <param name="name">The name.</param>
    /// <returns>True when the name may be used.</returns>
    public static bool IsValidName(string name) =>
        !string.IsNullOrEmpty(name) && !name.Contains('/', StringComparison.Ordinal) && name[0] != '$' && !name.Any(char.IsWhiteSpace);
}
