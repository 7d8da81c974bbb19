using IommuActors.Journal.Sqlite;

namespace IommuActors.Journal.Tests;

/// <summary>Runs the conformance suite against a fresh SQLite file per test.</summary>
public sealed class SqliteJournalSpec : JournalSpec
{
    private readonly TempJournalDirectory _directory = new();

    protected override Task<IRunJournal> CreateJournalAsync() =>
        Task.FromResult<IRunJournal>(new SqliteRunJournal(_directory.JournalPath));

    protected override Task<IRunJournal?> ReopenJournalAsync() =>
        Task.FromResult<IRunJournal?>(new SqliteRunJournal(_directory.JournalPath));

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _directory.Dispose();
    }
}
