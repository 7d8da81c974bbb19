namespace IommuActors.Journal.Postgres;

/// <summary>The versioned schema migrations; migration N brings a journal to schema version N.</summary>
internal static class PostgresMigrations
{
    /// <summary>The table recording applied versions (created before any migration runs).</summary>
    public const string VersionTable = """
        CREATE TABLE IF NOT EXISTS schema_version (
            version integer PRIMARY KEY,
            applied timestamptz NOT NULL
        )
        """;

    /// <summary>Migrations in order; index i holds version i + 1.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        """
        CREATE TABLE journal (
            ordering bigserial PRIMARY KEY,
            deleted boolean NOT NULL DEFAULT false,
            persistence_id varchar(255) NOT NULL,
            sequence_number bigint NOT NULL,
            created timestamptz NOT NULL,
            tags text[] NOT NULL DEFAULT '{}',
            payload bytea NOT NULL,
            manifest varchar(500) NOT NULL,
            writer_uuid varchar(128) NOT NULL,
            CONSTRAINT journal_persistence_id_sequence_number_key UNIQUE (persistence_id, sequence_number)
        );
        CREATE TABLE runs (
            id bigserial PRIMARY KEY,
            scenario text NOT NULL,
            variant text,
            kernel text,
            fixes text[] NOT NULL DEFAULT '{}',
            strategy text NOT NULL,
            seed numeric(20,0) NOT NULL,
            iterations integer NOT NULL,
            max_steps integer NOT NULL,
            tool_version text NOT NULL,
            source_file text,
            started timestamptz NOT NULL,
            ended timestamptz,
            schedules bigint,
            steps bigint,
            exhaustive boolean,
            violations integer,
            coverage_json text,
            checkpoint_schedules bigint,
            checkpoint_steps bigint,
            resume_token text
        );
        CREATE TABLE violations (
            id bigserial PRIMARY KEY,
            run_id bigint NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
            violation_id text NOT NULL,
            message text NOT NULL,
            schedule_index integer NOT NULL,
            schedule text NOT NULL,
            minimized_schedule text,
            schedule_hash text NOT NULL,
            state_hash text NOT NULL,
            verdict text NOT NULL
        );
        CREATE INDEX violations_run_id_idx ON violations (run_id, id);
        """,
    ];
}
