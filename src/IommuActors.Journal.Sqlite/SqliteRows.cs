using Microsoft.Data.Sqlite;

namespace IommuActors.Journal.Sqlite;

/// <summary>Maps result rows to journal records (column order as in the SELECTs).</summary>
internal static class SqliteRows
{
    /// <summary>Runs <paramref name="command"/> and maps every row.</summary>
    public static IReadOnlyList<T> All<T>(SqliteCommand command, Func<SqliteDataReader, T> map)
    {
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    /// <summary>A run row (see <c>RunColumns</c>).</summary>
    public static RunEntry Run(SqliteDataReader r)
    {
        var info = new RunInfo(
            r.GetString(1),
            SqliteValues.Text(r, 2),
            SqliteValues.Text(r, 3),
            r.GetString(5),
            SqliteValues.Seed(r.GetString(6)),
            r.GetInt32(7),
            r.GetInt32(8),
            r.GetString(9),
            SqliteValues.Time(r.GetString(11)))
        {
            Fixes = SqliteValues.List(r.GetString(4)),
            SourceFile = SqliteValues.Text(r, 10),
        };
        var summary = r.IsDBNull(12)
            ? null
            : new RunSummary(r.GetInt64(13), r.GetInt64(14), r.GetInt64(15) != 0, r.GetInt32(16), SqliteValues.Time(r.GetString(12)), SqliteValues.Text(r, 17));
        var progress = r.IsDBNull(18) ? null : new RunProgress(r.GetInt64(18), r.GetInt64(19), SqliteValues.Text(r, 20));
        return new RunEntry(r.GetInt64(0), info, progress, summary);
    }

    /// <summary>A violation row (id, run_id, violation_id, message, schedule_index, schedule, minimized_schedule, schedule_hash, state_hash, verdict).</summary>
    public static ViolationEntry Violation(SqliteDataReader r) =>
        new(r.GetInt64(1), r.GetString(2), r.GetString(3), r.GetInt32(4), r.GetString(5), SqliteValues.Text(r, 6), r.GetString(7), r.GetString(8), r.GetString(9))
        {
            JournalId = r.GetInt64(0),
        };

    /// <summary>An event row (ordering, persistence_id, sequence_number, created, tags, payload, manifest, writer_uuid).</summary>
    public static JournalEvent Event(SqliteDataReader r) =>
        new(r.GetString(1), r.GetInt64(2), r.GetString(6), (byte[])r.GetValue(5), SqliteValues.List(r.GetString(4)), r.GetString(7))
        {
            Ordering = r.GetInt64(0),
            Created = SqliteValues.Time(r.GetString(3)),
        };
}
