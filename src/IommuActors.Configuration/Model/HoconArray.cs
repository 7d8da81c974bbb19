namespace IommuActors.Configuration.Model;

/// <summary>An array of values.</summary>
internal sealed class HoconArray : HoconValue
{
    public HoconArray(ConfigOrigin origin, IReadOnlyList<HoconValue> items)
        : base(origin)
    {
        Items = items;
    }

    public IReadOnlyList<HoconValue> Items { get; }

    public override string Describe() => "array";
}
