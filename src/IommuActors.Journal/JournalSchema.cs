namespace IommuActors.Journal;

/// <summary>The journal schema version this build writes; a journal with a higher version is refused.</summary>
public static class JournalSchema
{
    /// <summary>Gets the current schema version.</summary>
    public const int Version = 1;
}
