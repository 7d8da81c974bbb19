using Npgsql;

namespace IommuActors.Journal.Postgres;

/// <summary>
/// The PostgreSQL journal: runs, checkpoints, violations and an Akka.Persistence.Sql-shaped event journal. Every
/// operation runs in one transaction; transient failures are retried with exponential backoff behind a circuit
/// breaker, then reported as a <see cref="JournalException"/>.
/// </summary>
public sealed partial class PostgresRunJournal : IRunJournal
{
    private const long MigrationLockKey = 0x696F6D6D75; // "iommu": serialises concurrent InitializeAsync calls.

    private readonly PostgresExecutor _executor;
    private readonly TimeProvider _time;

    /// <summary>Creates a journal with <see cref="PostgresJournalOptions.Default"/>.</summary>
    /// <param name="connectionString">An Npgsql connection string.</param>
    /// <param name="time">The clock for retry delays and migration timestamps (the system clock when null).</param>
    public PostgresRunJournal(string connectionString, TimeProvider? time = null)
        : this(connectionString, PostgresJournalOptions.Default, time)
    {
    }

    /// <summary>Creates a journal.</summary>
    /// <param name="connectionString">An Npgsql connection string.</param>
    /// <param name="options">Retry and circuit-breaker settings.</param>
    /// <param name="time">The clock for retry delays and migration timestamps (the system clock when null).</param>
    public PostgresRunJournal(string connectionString, PostgresJournalOptions options, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        ArgumentNullException.ThrowIfNull(options);
        _time = time ?? TimeProvider.System;
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        Description = Describe(builder);
        _executor = new PostgresExecutor(NpgsqlDataSource.Create(builder), Description, options, _time, () => OnRetry);
    }

    /// <summary>Gets a description such as <c>postgres:Host=db;Port=5432;Database=journal</c> (never the password).</summary>
    public string Description { get; }

    /// <summary>Gets or sets a callback told (with one line) about every retried transient failure.</summary>
    public Action<string>? OnRetry { get; set; }

    /// <inheritdoc/>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await _executor.InTransactionAsync(
            async (connection, transaction, token) =>
            {
                await ExecuteAsync(connection, transaction, $"SELECT pg_advisory_xact_lock({MigrationLockKey})", token);
                await ExecuteAsync(connection, transaction, PostgresMigrations.VersionTable, token);
                await using var select = new NpgsqlCommand("SELECT COALESCE(MAX(version), 0) FROM schema_version", connection, transaction);
                var current = Convert.ToInt32(await select.ExecuteScalarAsync(token), System.Globalization.CultureInfo.InvariantCulture);
                if (current > JournalSchema.Version)
                {
                    throw new JournalException($"{Description}: journal schema version {current} is newer than this build's ({JournalSchema.Version}); use a newer iommu-actors");
                }

                for (var version = current + 1; version <= PostgresMigrations.All.Count; version++)
                {
                    await ExecuteAsync(connection, transaction, PostgresMigrations.All[version - 1], token);
                    await using var record = new NpgsqlCommand("INSERT INTO schema_version (version, applied) VALUES (@v, @a)", connection, transaction);
                    record.Parameters.AddWithValue("v", version);
                    record.Parameters.AddWithValue("a", _time.GetUtcNow());
                    await record.ExecuteNonQueryAsync(token);
                }

                return true;
            },
            cancellationToken);
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => _executor.DisposeAsync();

    private static string Describe(NpgsqlConnectionStringBuilder builder)
    {
        var text = $"postgres:Host={builder.Host};Port={builder.Port};Database={builder.Database}";
        return string.IsNullOrEmpty(builder.SearchPath) ? text : $"{text};Search Path={builder.SearchPath}";
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
