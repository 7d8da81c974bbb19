using System.Data.Common;
using Npgsql;

namespace IommuActors.Journal.Postgres;

/// <summary>Maps between journal records and rows.</summary>
internal static class PostgresRows
{
    /// <summary>The <c>runs</c> columns <see cref="ReadRun"/> expects, in order.</summary>
    public const string RunColumns = "id, scenario, variant, kernel, fixes, strategy, seed, iterations, max_steps, tool_version, source_file, started, "
        + "ended, schedules, steps, exhaustive, violations, coverage_json, checkpoint_schedules, checkpoint_steps, resume_token";

    /// <summary>The <c>violations</c> columns <see cref="ReadViolation"/> expects, in order.</summary>
    public const string ViolationColumns = "id, run_id, violation_id, message, schedule_index, schedule, minimized_schedule, schedule_hash, state_hash, verdict";

    /// <summary>The <c>journal</c> columns <see cref="ReadEvent"/> expects, in order.</summary>
    public const string EventColumns = "ordering, persistence_id, sequence_number, manifest, payload, tags, writer_uuid, created";

    /// <summary>Adds a parameter, mapping null to SQL NULL.</summary>
    public static void Add(this NpgsqlCommand command, string name, object? value) =>
        command.Parameters.AddWithValue(name, value ?? DBNull.Value);

    /// <summary>Normalises a timestamp for <c>timestamptz</c> (which only accepts UTC offsets).</summary>
    public static DateTimeOffset Utc(DateTimeOffset value) => value.ToUniversalTime();

    /// <summary>Reads a run row.</summary>
    public static RunEntry ReadRun(DbDataReader r)
    {
        var info = new RunInfo(
            r.GetString(1),
            Text(r, 2),
            Text(r, 3),
            r.GetString(5),
            (ulong)r.GetDecimal(6),
            r.GetInt32(7),
            r.GetInt32(8),
            r.GetString(9),
            r.GetFieldValue<DateTimeOffset>(11))
        {
            Fixes = r.GetFieldValue<string[]>(4),
            SourceFile = Text(r, 10),
        };
        var progress = r.IsDBNull(18) ? null : new RunProgress(r.GetInt64(18), r.GetInt64(19), Text(r, 20));
        var summary = r.IsDBNull(12)
            ? null
            : new RunSummary(r.GetInt64(13), r.GetInt64(14), r.GetBoolean(15), r.GetInt32(16), r.GetFieldValue<DateTimeOffset>(12), Text(r, 17));
        return new RunEntry(r.GetInt64(0), info, progress, summary);
    }

    /// <summary>Reads a violation row.</summary>
    public static ViolationEntry ReadViolation(DbDataReader r) =>
        new(r.GetInt64(1), r.GetString(2), r.GetString(3), r.GetInt32(4), r.GetString(5), Text(r, 6), r.GetString(7), r.GetString(8), r.GetString(9))
        {
            JournalId = r.GetInt64(0),
        };

    /// <summary>Reads an event row.</summary>
    public static JournalEvent ReadEvent(DbDataReader r) =>
        new(r.GetString(1), r.GetInt64(2), r.GetString(3), r.GetFieldValue<byte[]>(4), r.GetFieldValue<string[]>(5), r.GetString(6))
        {
            Ordering = r.GetInt64(0),
            Created = r.GetFieldValue<DateTimeOffset>(7),
        };

    private static string? Text(DbDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetString(ordinal);
}
