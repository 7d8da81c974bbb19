namespace IommuActors.Runtime;

/// <summary>Children of the cell, in creation order.</summary>
internal sealed partial class ActorCell
{
    private readonly List<ActorCell> _children = [];
    private int _generatedNames;

    public IReadOnlyList<ActorCell> Children => _children;

    public IReadOnlyList<IActorRef> GetChildren()
    {
        var list = new IActorRef[_children.Count];
        for (var i = 0; i < list.Length; i++)
        {
            list[i] = _children[i].Self;
        }

        return list;
    }

    public ActorCell? FindChild(string name)
    {
        foreach (var child in _children)
        {
            if (string.Equals(child.Path.Name, name, StringComparison.Ordinal))
            {
                return child;
            }
        }

        return null;
    }

    /// <summary>Returns Akka-style generated names: $a, $b, ..., $z, $ba, ...</summary>
    public string NextGeneratedName()
    {
        var n = _generatedNames++;
        var chars = new Stack<char>();
        do
        {
            chars.Push((char)('a' + (n % 26)));
            n /= 26;
        }
        while (n > 0);
        return "$" + new string([.. chars]);
    }

    public void AddChild(ActorCell child) => _children.Add(child);

    public void RemoveChild(ActorCell child) => _children.Remove(child);
}
