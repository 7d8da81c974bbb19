using System.Text.Json.Serialization;

namespace IommuActors.Journal.Sqlite;

/// <summary>Source-generated JSON for the list columns (fixes, tags).</summary>
[JsonSerializable(typeof(IReadOnlyList<string>))]
internal sealed partial class SqliteJson : JsonSerializerContext;
