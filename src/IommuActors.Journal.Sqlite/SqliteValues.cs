using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace IommuActors.Journal.Sqlite;

/// <summary>Conversions between journal values and SQLite columns.</summary>
internal static class SqliteValues
{
    /// <summary>A timestamp as ISO 8601 UTC text (sorts chronologically).</summary>
    public static string Time(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    /// <summary>Parses <see cref="Time(DateTimeOffset)"/>'s text.</summary>
    public static DateTimeOffset Time(string text) =>
        DateTimeOffset.ParseExact(text, "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    /// <summary>A seed as decimal text (exact for every <see cref="ulong"/>).</summary>
    public static string Seed(ulong seed) => seed.ToString(CultureInfo.InvariantCulture);

    /// <summary>Parses <see cref="Seed(ulong)"/>'s text.</summary>
    public static ulong Seed(string text) => ulong.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>A list of strings as a JSON array.</summary>
    public static string List(IReadOnlyList<string> values) => JsonSerializer.Serialize(values, SqliteJson.Default.IReadOnlyListString);

    /// <summary>Parses <see cref="List(IReadOnlyList{string})"/>'s text.</summary>
    public static IReadOnlyList<string> List(string text) => JsonSerializer.Deserialize(text, SqliteJson.Default.IReadOnlyListString) ?? [];

    /// <summary>Adds a parameter, mapping null to <see cref="DBNull"/>.</summary>
    public static void Add(SqliteCommand command, string name, object? value) =>
        command.Parameters.AddWithValue(name, value ?? DBNull.Value);

    /// <summary>Runs an INSERT to completion (so every constraint is checked) and returns the new row id.</summary>
    public static long Insert(SqliteCommand command)
    {
        command.ExecuteNonQuery();
        command.Parameters.Clear();
        command.CommandText = "SELECT last_insert_rowid();";
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>Reads a nullable text column.</summary>
    public static string? Text(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
