using IommuActors.Configuration;

namespace IommuActors.Scenarios.DeviceTree;

/// <summary>A device-tree node: its name (with unit address), labels, properties and children, and where it was written.</summary>
internal sealed class DtNode(string name, ConfigOrigin origin)
{
    public string Name { get; } = name;

    public ConfigOrigin Origin { get; } = origin;

    public List<string> Labels { get; } = [];

    public Dictionary<string, DtProperty> Properties { get; } = new(StringComparer.Ordinal);

    public List<DtNode> Children { get; } = [];

    public DtNode? Parent { get; set; }

    public string Path => Parent is null ? "/" : Parent.Parent is null ? "/" + Name : $"{Parent.Path}/{Name}";

    /// <summary>Gets the label if it has one, else its name with '@' turned into '-' (names must be unique in a topology).</summary>
    public string TopologyName => Labels.Count > 0 ? Labels[0].Replace('_', '-') : Name.Replace('@', '-');

    public bool Disabled => Properties.TryGetValue("status", out var s) && s.Strings.FirstOrDefault() is { } status && status is not ("okay" or "ok");

    public IReadOnlyList<string> Compatible => Properties.TryGetValue("compatible", out var c) ? c.Strings : [];

    public DtNode Child(string childName, ConfigOrigin where)
    {
        var existing = Children.FirstOrDefault(c => c.Name == childName);
        if (existing is not null)
        {
            return existing;
        }

        var child = new DtNode(childName, where) { Parent = this };
        Children.Add(child);
        return child;
    }

    public IEnumerable<DtNode> SelfAndDescendants() => Children.SelectMany(c => c.SelfAndDescendants()).Prepend(this);
}

/// <summary>A property value: strings, cells (a phandle reference is a cell holding its label), bytes; flags have none.</summary>
internal sealed class DtProperty(string name, ConfigOrigin origin)
{
    public string Name { get; } = name;

    public ConfigOrigin Origin { get; } = origin;

    public List<string> Strings { get; } = [];

    public List<DtCell> Cells { get; } = [];
}

/// <summary>One cell: a number, or a reference to a labelled node (<c>&amp;label</c>) resolved after parsing.</summary>
/// <param name="Value">The number (0 for a reference).</param>
/// <param name="Reference">The label referred to, or null.</param>
/// <param name="Origin">Where the cell was written.</param>
internal sealed record DtCell(long Value, string? Reference, ConfigOrigin Origin);
