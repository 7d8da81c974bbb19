namespace IommuActors.Runtime;

/// <summary>Makes the receiving actor fail with <see cref="ActorKilledException"/>, as in Akka.</summary>
public sealed record Kill
{
    private Kill()
    {
    }

    /// <summary>Gets the single instance.</summary>
    public static Kill Instance { get; } = new();
}
