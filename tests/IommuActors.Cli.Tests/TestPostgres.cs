using Npgsql;

namespace IommuActors.Cli.Tests;

/// <summary>The PostgreSQL server of the CI (<c>IOMMUACTORS_TEST_PG</c>, as <c>.ci/run</c> exports it); unreachable fails the test, never skips it.</summary>
internal static class TestPostgres
{
    private const string Default = "Host=127.0.0.1;Port=5432;Username=iommu;Password=iommu;Database=iommu_actors_test";

    public static string ConnectionString =>
        Environment.GetEnvironmentVariable("IOMMUACTORS_TEST_PG") is { Length: > 0 } value ? value : Default;

    public static async Task ExecuteAsync(string sql)
    {
        try
        {
            await using var connection = new NpgsqlConnection(ConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync();
        }
        catch (NpgsqlException e)
        {
            throw new InvalidOperationException($"the PostgreSQL test server is unreachable ({e.Message}); start it (pg_ctlcluster 15 main start) or set IOMMUACTORS_TEST_PG. This test never skips.", e);
        }
    }
}
