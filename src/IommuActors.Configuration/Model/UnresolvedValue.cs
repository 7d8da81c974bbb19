namespace IommuActors.Configuration.Model;

/// <summary>A node whose value is only known once substitutions are resolved against the whole tree.</summary>
internal abstract class UnresolvedValue : HoconValue
{
    protected UnresolvedValue(ConfigOrigin origin)
        : base(origin)
    {
    }

    public override string Describe() => "an unresolved value";
}
