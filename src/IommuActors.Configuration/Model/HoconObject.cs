using System.Diagnostics.CodeAnalysis;

namespace IommuActors.Configuration.Model;

/// <summary>An object: fields in the order they were first defined. Only filled while it is being built.</summary>
internal sealed class HoconObject : HoconValue
{
    private readonly List<string> _keys = [];
    private readonly Dictionary<string, HoconValue> _fields = new(StringComparer.Ordinal);

    public HoconObject(ConfigOrigin origin)
        : base(origin)
    {
    }

    public IReadOnlyList<string> Keys => _keys;

    public HoconValue this[string key] => _fields[key];

    public bool TryGet(string key, [NotNullWhen(true)] out HoconValue? value) => _fields.TryGetValue(key, out value);

    public HoconValue? GetOrNull(string key) => _fields.GetValueOrDefault(key);

    public override string Describe() => "object";

    /// <summary>Sets a field; a new key goes last, an existing key keeps its place.</summary>
    internal void Put(string key, HoconValue value)
    {
        if (_fields.TryAdd(key, value))
        {
            _keys.Add(key);
        }
        else
        {
            _fields[key] = value;
        }
    }
}
