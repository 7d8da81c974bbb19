using Npgsql;

namespace IommuActors.Journal.Postgres;

/// <summary>Which PostgreSQL failures are worth retrying.</summary>
internal static class PostgresTransience
{
    /// <summary>Whether the failure is transient: connection errors (class 08), serialization failures (40001),
    /// deadlocks (40P01), too many connections (53300), admin shutdown (57P01), cannot connect now (57P03), or any
    /// other error Npgsql marks transient (refused connections, timeouts, broken streams).</summary>
    public static bool IsTransient(Exception exception) => exception switch
    {
        PostgresException pg => IsTransientState(pg.SqlState),
        NpgsqlException npgsql => npgsql.IsTransient,
        _ => false,
    };

    /// <summary>Whether a SQLSTATE is one of the transient ones.</summary>
    public static bool IsTransientState(string sqlState) =>
        sqlState.StartsWith("08", StringComparison.Ordinal)
        || sqlState is "40001" or "40P01" or "53300" or "57P01" or "57P03";
}
