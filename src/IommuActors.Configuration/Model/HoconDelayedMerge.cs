namespace IommuActors.Configuration.Model;

/// <summary>A value layered over another where one of them is unresolved, so the merge waits for resolution.</summary>
internal sealed class HoconDelayedMerge : UnresolvedValue
{
    public HoconDelayedMerge(HoconValue primary, HoconValue fallback)
        : base(primary.Origin)
    {
        Primary = primary;
        Fallback = fallback;
    }

    public HoconValue Primary { get; }

    public HoconValue Fallback { get; }
}
