namespace IommuActors.Configuration.Model;

/// <summary>Elements added with <c>+=</c> that have not met the array they append to yet.</summary>
internal sealed class HoconAppend : UnresolvedValue
{
    public HoconAppend(ConfigOrigin origin, IReadOnlyList<HoconValue> items)
        : base(origin)
    {
        Items = items;
    }

    public IReadOnlyList<HoconValue> Items { get; }
}
