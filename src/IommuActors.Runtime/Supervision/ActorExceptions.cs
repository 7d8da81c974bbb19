namespace IommuActors.Runtime;

/// <summary>Thrown (and supervised) when an actor's constructor or <c>PreStart</c> fails.</summary>
public sealed class ActorInitializationException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="inner">The original failure.</param>
    public ActorInitializationException(string message, Exception? inner)
        : base(message, inner)
    {
    }
}
