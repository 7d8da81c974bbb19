namespace IommuActors.Runtime;

/// <summary>Raised when an actor does not handle the <see cref="Terminated"/> of an actor it watches (Akka's death pact).</summary>
public sealed class DeathPactException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="dead">The watched actor that terminated.</param>
    public DeathPactException(IActorRef dead)
        : base($"unhandled Terminated of watched actor {dead.Path}")
    {
        Dead = dead;
    }

    /// <summary>Gets the actor whose termination was not handled.</summary>
    public IActorRef Dead { get; }
}
