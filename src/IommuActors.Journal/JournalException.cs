namespace IommuActors.Journal;

/// <summary>A journal that cannot be used (corrupt, newer schema, unreachable); the message is one user-facing line.</summary>
public sealed class JournalException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, naming the journal.</param>
    /// <param name="inner">The underlying failure.</param>
    public JournalException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
