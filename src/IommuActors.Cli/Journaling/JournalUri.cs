using System.Collections.Concurrent;
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

    /// <summary>
    /// Gets journals opened by exact URI instead of by scheme (a test seam: tests register a unique URI such as
    /// <c>test:GUID</c>, so parallel tests never see each other's entries).
    /// </summary>
    internal static ConcurrentDictionary<string, Func<IRunJournal>> Overrides { get; } = new(StringComparer.Ordinal);

    /// <summary>Opens and initialises the journal, or returns null for <c>none</c>.</summary>
    /// <param name="uri">The journal URI.</param>
    /// <param name="onRetry">Told (one line) about every retried transient failure, or null.</param>
    /// <exception cref="UsageException">The URI is malformed.</exception>
    /// <exception cref="JournalException">The journal cannot be used.</exception>
    public static IRunJournal? Open(string uri, Action<string>? onRetry = null)
    {
        IRunJournal? journal = uri switch
        {
            "none" => null,
            _ when Overrides.TryGetValue(uri, out var factory) => factory(),
            _ when uri.StartsWith("sqlite:", StringComparison.Ordinal) && uri.Length > 7 => new SqliteRunJournal(uri[7..]),
            _ when uri.StartsWith("postgres:", StringComparison.Ordinal) && uri.Length > 9 => new PostgresRunJournal(uri[9..]) { OnRetry = onRetry },
            _ => throw new UsageException($"invalid journal '{uri}': expected sqlite:PATH, postgres:CONNECTION-STRING or none."),
        };
        journal?.InitializeAsync(CancellationToken.None).GetAwaiter().GetResult();
        return journal;
    }
}
