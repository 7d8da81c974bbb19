namespace IommuActors.Runtime;

/// <summary>The failure raised by the <see cref="Kill"/> message.</summary>
public sealed class ActorKilledException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">Why.</param>
    public ActorKilledException(string message)
        : base(message)
    {
    }
}
