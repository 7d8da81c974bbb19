using IommuActors.Configuration;
using IommuActors.Journal;
using IommuActors.Journal.Postgres;
using IommuActors.Journal.Sqlite;

namespace IommuActors.Cli.Journaling;

/// <summary>Chooses and opens the journal: <c>--journal</c>, else <c>IOMMU_ACTORS_JOURNAL</c>, else <c>iommu-actors.journal.uri</c>.</summary>
internal static class JournalUri
{
    public const string EnvironmentVariable = "IOMMU_ACTORS_JOURNAL";

    private const string ConfigKey = "iommu-actors.journal.uri";

    /// <summary>Resolves the journal URI in precedence order.</summary>
    public static string Resolve(string? option, Config config)
    {
        if (!string.IsNullOrEmpty(option))
        {
            return option;
        }

        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        return !string.IsNullOrEmpty(fromEnvironment) ? fromEnvironment : config.GetString(ConfigKey);
    }

    /// <summary>Opens and initialises the journal, or returns null for <c>none</c>.</summary>
    /// <exception cref="UsageException">The URI is malformed.</exception>
    /// <exception cref="JournalException">The journal cannot be used.</exception>
    public static IRunJournal? Open(string uri)
    {
        IRunJournal? journal = uri switch
        {
            "none" => null,
            _ when uri.StartsWith("sqlite:", StringComparison.Ordinal) && uri.Length > 7 => new SqliteRunJournal(uri[7..]),
            _ when uri.StartsWith("postgres:", StringComparison.Ordinal) && uri.Length > 9 => new PostgresRunJournal(uri[9..]),
            _ => throw new UsageException($"invalid journal '{uri}': expected sqlite:PATH, postgres:CONNECTION-STRING or none."),
        };
        journal?.InitializeAsync(CancellationToken.None).GetAwaiter().GetResult();
        return journal;
    }
}
