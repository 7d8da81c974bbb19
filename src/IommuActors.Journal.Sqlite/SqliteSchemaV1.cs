namespace IommuActors.Journal.Sqlite;

/// <summary>Schema version 1: runs, violations, the Akka.Persistence.Sql-shaped event journal and schema_version.</summary>
internal static class SqliteSchemaV1
{
    /// <summary>Gets the DDL.</summary>
    public const string Sql = """
        CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);
        CREATE TABLE runs (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            scenario TEXT NOT NULL,
            variant TEXT,
            kernel TEXT,
            fixes TEXT NOT NULL,
            strategy TEXT NOT NULL,
            seed TEXT NOT NULL,
            iterations INTEGER NOT NULL,
            max_steps INTEGER NOT NULL,
            tool_version TEXT NOT NULL,
            source_file TEXT,
            started TEXT NOT NULL,
            ended TEXT,
            schedules INTEGER,
            steps INTEGER,
            exhaustive INTEGER,
            violations INTEGER,
            coverage_json TEXT,
            checkpoint_schedules INTEGER,
            checkpoint_steps INTEGER,
            resume_token TEXT);
        CREATE TABLE violations (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            run_id INTEGER NOT NULL REFERENCES runs (id),
            violation_id TEXT NOT NULL,
            message TEXT NOT NULL,
            schedule_index INTEGER NOT NULL,
            schedule TEXT NOT NULL,
            minimized_schedule TEXT,
            schedule_hash TEXT NOT NULL,
            state_hash TEXT NOT NULL,
            verdict TEXT NOT NULL);
        CREATE INDEX violations_run ON violations (run_id, id);
        CREATE TABLE journal (
            ordering INTEGER PRIMARY KEY AUTOINCREMENT,
            deleted INTEGER NOT NULL DEFAULT 0,
            persistence_id TEXT NOT NULL,
            sequence_number INTEGER NOT NULL,
            created TEXT NOT NULL,
            tags TEXT NOT NULL,
            payload BLOB NOT NULL,
            manifest TEXT NOT NULL,
            writer_uuid TEXT NOT NULL,
            UNIQUE (persistence_id, sequence_number));
        """;
}
