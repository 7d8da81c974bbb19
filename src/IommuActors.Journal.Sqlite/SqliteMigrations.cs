using System.Globalization;
using Microsoft.Data.Sqlite;

namespace IommuActors.Journal.Sqlite;

/// <summary>Connection settings and the versioned schema migrations, applied in order.</summary>
internal static class SqliteMigrations
{
    /// <summary>Gets the migration steps: step i brings the schema to version i + 1.</summary>
    public static IReadOnlyList<string> Steps { get; } = [SqliteSchemaV1.Sql];

    /// <summary>Sets WAL mode, NORMAL synchronisation and foreign keys.</summary>
    public static void ConfigureConnection(SqliteConnection connection)
    {
        SqliteTransactions.Exec(connection, "PRAGMA journal_mode=WAL;");
        SqliteTransactions.Exec(connection, "PRAGMA synchronous=NORMAL;");
        SqliteTransactions.Exec(connection, "PRAGMA foreign_keys=ON;");
    }

    /// <summary>Reads the schema version (0 for an empty file) and applies the missing steps.</summary>
    public static void Migrate(SqliteConnection connection, string path)
    {
        SqliteTransactions.Immediate(connection, c =>
        {
            var version = ReadVersion(c);
            if (version > JournalSchema.Version)
            {
                throw new JournalException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{path}: journal schema version {version} is newer than this build's ({JournalSchema.Version}); use a newer iommu-actors"));
            }

            for (var step = (int)version; step < Steps.Count; step++)
            {
                SqliteTransactions.Exec(c, Steps[step]);
                using var update = c.CreateCommand();
                update.CommandText = "DELETE FROM schema_version; INSERT INTO schema_version (version) VALUES ($v);";
                update.Parameters.AddWithValue("$v", step + 1);
                update.ExecuteNonQuery();
            }

            return version;
        });
    }

    private static long ReadVersion(SqliteConnection connection)
    {
        using var exists = connection.CreateCommand();
        exists.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version';";
        if (Convert.ToInt64(exists.ExecuteScalar(), CultureInfo.InvariantCulture) == 0)
        {
            return 0;
        }

        using var read = connection.CreateCommand();
        read.CommandText = "SELECT max(version) FROM schema_version;";
        return read.ExecuteScalar() is long version ? version : 0;
    }
}
