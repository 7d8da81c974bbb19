using IommuActors.Journal.Postgres;
using Npgsql;

namespace IommuActors.Journal.Tests;

/// <summary>The conformance suite against PostgreSQL; each test runs in a fresh schema that is dropped afterwards.</summary>
public sealed class PostgresJournalSpec : JournalSpec
{
    private readonly PostgresTestSchema _schema = new();

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _schema.DropAsync();
    }

    protected override async Task<IRunJournal> CreateJournalAsync()
    {
        await _schema.CreateAsync();
        return new PostgresRunJournal(_schema.JournalConnectionString);
    }

    protected override Task<IRunJournal?> ReopenJournalAsync() =>
        Task.FromResult<IRunJournal?>(new PostgresRunJournal(_schema.JournalConnectionString));
}

/// <summary>A throw-away schema on the test server (<c>IOMMUACTORS_TEST_PG</c>); an unreachable server fails the test.</summary>
internal sealed class PostgresTestSchema
{
    /// <summary>The server used when <c>IOMMUACTORS_TEST_PG</c> is not set.</summary>
    public const string DefaultConnectionString = "Host=127.0.0.1;Port=5432;Username=iommu;Password=iommu;Database=iommu_actors_test";

    private bool _created;

    /// <summary>Gets the test server's connection string.</summary>
    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable("IOMMUACTORS_TEST_PG") is { Length: > 0 } value ? value : DefaultConnectionString;

    /// <summary>Gets the schema's name (unique per instance).</summary>
    public string Name { get; } = "journal_test_" + Guid.NewGuid().ToString("N");

    /// <summary>Gets a connection string whose search path is this schema.</summary>
    public string JournalConnectionString => new NpgsqlConnectionStringBuilder(ServerConnectionString) { SearchPath = Name }.ConnectionString;

    /// <summary>Creates the schema (once); fails with a clear message when the server is unreachable.</summary>
    public async Task CreateAsync()
    {
        if (_created)
        {
            return;
        }

        try
        {
            await ScalarAsync($"CREATE SCHEMA IF NOT EXISTS {Name}", searchPath: false);
            _created = true;
        }
        catch (Exception e) when (e is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException)
        {
            var server = new NpgsqlConnectionStringBuilder(ServerConnectionString);
            var where = $"Host={server.Host};Port={server.Port};Database={server.Database};Username={server.Username}";
            var hint = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
                ? "CI=true: PostgreSQL must be running in CI (.ci/run starts it with pg_ctlcluster 15 main start and creates the role and database)"
                : "start it (pg_ctlcluster 15 main start; create role iommu and database iommu_actors_test) or point IOMMUACTORS_TEST_PG at a server";
            throw new InvalidOperationException($"PostgreSQL journal tests cannot reach the server at {where}: {e.Message}{(e.InnerException is { } inner ? $" ({inner.Message})" : "")}. {hint}. These tests never skip.", e);
        }
    }

    /// <summary>Runs one statement in the schema and returns its first column as text (or null).</summary>
    public async Task<string?> ScalarAsync(string sql, bool searchPath = true)
    {
        await using var connection = new NpgsqlConnection(searchPath ? JournalConnectionString : ServerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        var value = await command.ExecuteScalarAsync();
        return value is null or DBNull ? null : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Drops the schema with everything in it.</summary>
    public async Task DropAsync()
    {
        if (_created)
        {
            await ScalarAsync($"DROP SCHEMA IF EXISTS {Name} CASCADE", searchPath: false);
            _created = false;
        }
    }
}
