namespace IommuActors.Journal.Tests;

/// <summary>A fresh temporary directory holding one journal file; deleted on dispose.</summary>
internal sealed class TempJournalDirectory : IDisposable
{
    public TempJournalDirectory()
    {
        Root = Path.Combine(Path.GetTempPath(), "iommu-actors-journal-" + Guid.NewGuid().ToString("N"));
        JournalPath = Path.Combine(Root, "nested", "journal.db");
    }

    /// <summary>Gets the directory (not created: the journal creates it).</summary>
    public string Root { get; }

    /// <summary>Gets the journal file inside a not-yet-existing subdirectory.</summary>
    public string JournalPath { get; }

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
