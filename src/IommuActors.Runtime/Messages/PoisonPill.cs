namespace IommuActors.Runtime;

/// <summary>Stops the receiving actor once it reaches this message, as in Akka.</summary>
public sealed record PoisonPill
{
    private PoisonPill()
    {
    }

    /// <summary>Gets the single instance.</summary>
    public static PoisonPill Instance { get; } = new();
}
