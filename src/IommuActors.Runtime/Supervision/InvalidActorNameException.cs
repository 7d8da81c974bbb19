namespace IommuActors.Runtime;

/// <summary>Thrown when a child name is malformed or already taken.</summary>
public sealed class InvalidActorNameException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong with the name.</param>
    public InvalidActorNameException(string message)
        : base(message)
    {
    }
}
