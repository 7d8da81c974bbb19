namespace IommuActors.Configuration.Model;

/// <summary>A node of a parsed configuration tree.</summary>
internal abstract class HoconValue
{
    protected HoconValue(ConfigOrigin origin)
    {
        Origin = origin;
    }

    /// <summary>Gets where the value was defined.</summary>
    public ConfigOrigin Origin { get; }

    /// <summary>Describes the value for error messages, e.g. <c>string "many"</c>.</summary>
    /// <returns>The description.</returns>
    public abstract string Describe();
}
