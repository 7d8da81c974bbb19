using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace IommuActors.Journal.Sqlite;

/// <summary>Write transactions that fail fast with SQLITE_BUSY (the retry pipeline, not the driver, waits).</summary>
internal static class SqliteTransactions
{
    /// <summary>Runs <paramref name="work"/> inside <c>BEGIN IMMEDIATE</c> … <c>COMMIT</c>, rolling back on failure.</summary>
    public static T Immediate<T>(SqliteConnection connection, Func<SqliteConnection, T> work)
    {
        Exec(connection, "BEGIN IMMEDIATE;");
        try
        {
            var result = work(connection);
            Exec(connection, "COMMIT;");
            return result;
        }
        catch
        {
            if (connection.Handle is { } db && raw.sqlite3_get_autocommit(db) == 0)
            {
                Exec(connection, "ROLLBACK;");
            }

            throw;
        }
    }

    /// <summary>Executes one statement on the native handle, without the driver's busy loop.</summary>
    public static void Exec(SqliteConnection connection, string sql)
    {
        var db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        var rc = raw.sqlite3_exec(db, sql);
        SqliteException.ThrowExceptionForRC(rc, db);
    }
}
