namespace IommuActors.Runtime;

/// <summary>Holds messages an actor is not ready for (Akka's <c>IStash</c>).</summary>
public interface IStash
{
    /// <summary>Stashes the current message.</summary>
    void Stash();

    /// <summary>Returns the oldest stashed message to the front of the mailbox.</summary>
    void Unstash();

    /// <summary>Returns all stashed messages, in stash order, to the front of the mailbox: they are handled before anything else.</summary>
    void UnstashAll();

    /// <summary>Drops and returns the stashed messages.</summary>
    /// <returns>The dropped envelopes.</returns>
    IReadOnlyList<Envelope> ClearStash();
}
