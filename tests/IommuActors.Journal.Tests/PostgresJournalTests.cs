using IommuActors.Journal.Postgres;
using Npgsql;

namespace IommuActors.Journal.Tests;

/// <summary>PostgreSQL-specific behaviour: schema versions, secrets in messages, retries and unavailability.</summary>
public sealed class PostgresJournalTests : IAsyncLifetime
{
    private static readonly PostgresJournalOptions FastFail = new()
    {
        MaxRetryAttempts = 3,
        BaseDelay = TimeSpan.FromMilliseconds(1),
        MaxDelay = TimeSpan.FromMilliseconds(5),
        UseJitter = false,
    };

    private readonly PostgresTestSchema _schema = new();

    public Task InitializeAsync() => _schema.CreateAsync();

    public Task DisposeAsync() => _schema.DropAsync();

    [Fact]
    public async Task Initialize_records_schema_version_and_is_idempotent()
    {
        await using (var journal = new PostgresRunJournal(_schema.JournalConnectionString))
        {
            await journal.InitializeAsync(CancellationToken.None);
            await journal.InitializeAsync(CancellationToken.None);
        }

        await using var reopened = new PostgresRunJournal(_schema.JournalConnectionString);
        await reopened.InitializeAsync(CancellationToken.None);
        (await _schema.ScalarAsync("SELECT string_agg(version::text, ',' ORDER BY version) FROM schema_version")).ShouldBe(JournalSchema.Version.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Newer_schema_version_is_refused()
    {
        await using (var journal = new PostgresRunJournal(_schema.JournalConnectionString))
        {
            await journal.InitializeAsync(CancellationToken.None);
        }

        var newer = JournalSchema.Version + 1;
        await _schema.ScalarAsync($"INSERT INTO schema_version (version, applied) VALUES ({newer}, now())");

        await using var old = new PostgresRunJournal(_schema.JournalConnectionString);
        var error = await Should.ThrowAsync<JournalException>(() => old.InitializeAsync(CancellationToken.None));
        error.Message.ShouldBe($"{old.Description}: journal schema version {newer} is newer than this build's ({JournalSchema.Version}); use a newer iommu-actors");
    }

    [Fact]
    public async Task Description_names_server_and_database_but_never_the_password()
    {
        await using var journal = new PostgresRunJournal("Host=db.example;Port=6543;Username=alice;Password=hunter2-secret;Database=runs");

        journal.Description.ShouldBe("postgres:Host=db.example;Port=6543;Database=runs");
        journal.Description.ShouldNotContain("hunter2");
        journal.Description.ShouldNotContain("Password", Case.Insensitive);
    }

    [Fact]
    public async Task Unreachable_server_is_retried_through_OnRetry_then_reported_unavailable()
    {
        var retries = new List<string>();
        await using var journal = new PostgresRunJournal("Host=127.0.0.1;Port=1;Username=iommu;Password=pw-not-shown;Database=nowhere;Timeout=3", FastFail)
        {
            OnRetry = retries.Add,
        };

        var error = await Should.ThrowAsync<JournalException>(() => journal.InitializeAsync(CancellationToken.None));

        error.Message.ShouldStartWith($"{journal.Description}: unavailable after {FastFail.MaxRetryAttempts + 1} attempts: ");
        error.Message.ShouldNotContain("pw-not-shown");
        error.Message.ShouldNotContain("\n");
        retries.Count.ShouldBe(FastFail.MaxRetryAttempts);
        retries[0].ShouldStartWith($"{journal.Description}: attempt 1 of {FastFail.MaxRetryAttempts + 1} failed: ");
        retries.ShouldAllBe(line => !line.Contains("pw-not-shown"));
    }

    [Fact]
    public async Task Server_stopping_mid_run_fails_every_write_with_JournalException()
    {
        var retries = new List<string>();
        await using var journal = new PostgresRunJournal("Host=127.0.0.1;Port=1;Username=iommu;Password=iommu;Database=nowhere;Timeout=3", FastFail)
        {
            OnRetry = retries.Add,
        };

        var run = new RunInfo("toy", null, null, "random(seed=1)", 1, 10, 100, "0.1.0", DateTimeOffset.UnixEpoch);
        (await Should.ThrowAsync<JournalException>(() => journal.StartRunAsync(run, CancellationToken.None))).Message.ShouldContain("unavailable after 4 attempts");
        (await Should.ThrowAsync<JournalException>(() => journal.CheckpointAsync(1, new RunProgress(1, 2, null), CancellationToken.None))).Message.ShouldContain("unavailable");
        retries.Count.ShouldBeGreaterThanOrEqualTo(FastFail.MaxRetryAttempts);
    }

    [Fact]
    public async Task Circuit_breaker_opens_after_repeated_failures_and_fails_fast()
    {
        var options = FastFail with { MaxRetryAttempts = 0, BreakerMinimumThroughput = 2, BreakerFailureRatio = 0.5, BreakerBreakDuration = TimeSpan.FromMinutes(1) };
        await using var journal = new PostgresRunJournal("Host=127.0.0.1;Port=1;Username=iommu;Password=iommu;Database=nowhere;Timeout=3", options);

        for (var i = 0; i < 2; i++)
        {
            (await Should.ThrowAsync<JournalException>(() => journal.HighestSequenceNumberAsync("run-1", CancellationToken.None))).Message.ShouldContain("unavailable after 1 attempts");
        }

        var open = await Should.ThrowAsync<JournalException>(() => journal.HighestSequenceNumberAsync("run-1", CancellationToken.None));
        open.Message.ShouldStartWith($"{journal.Description}: unavailable (circuit open after repeated failures): ");
    }

    [Fact]
    public async Task Backend_terminated_mid_run_is_retried_and_the_write_lands()
    {
        var application = "iommu-actors-" + Guid.NewGuid().ToString("N")[..12];
        var connectionString = new NpgsqlConnectionStringBuilder(_schema.JournalConnectionString) { ApplicationName = application }.ConnectionString;
        var retries = new List<string>();
        await using var journal = new PostgresRunJournal(connectionString, FastFail) { OnRetry = retries.Add };
        await journal.InitializeAsync(CancellationToken.None);
        var runId = await journal.StartRunAsync(new RunInfo("toy", null, null, "random(seed=1)", 1, 10, 100, "0.1.0", DateTimeOffset.UnixEpoch), CancellationToken.None);

        await _schema.ScalarAsync($"SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = '{application}'");
        await journal.CheckpointAsync(runId, new RunProgress(7, 70, "next=7"), CancellationToken.None);

        retries.ShouldNotBeEmpty();
        (await journal.GetRunAsync(runId, CancellationToken.None))!.Progress.ShouldBe(new RunProgress(7, 70, "next=7"));
    }

    [Fact]
    public async Task Seeds_round_trip_exactly_including_ulong_max()
    {
        await using var journal = new PostgresRunJournal(_schema.JournalConnectionString);
        await journal.InitializeAsync(CancellationToken.None);

        foreach (var seed in new[] { 0UL, 1UL, long.MaxValue + 1UL, ulong.MaxValue })
        {
            var id = await journal.StartRunAsync(new RunInfo("toy", null, null, "random", seed, 1, 1, "0.1.0", DateTimeOffset.UnixEpoch), CancellationToken.None);
            (await journal.GetRunAsync(id, CancellationToken.None))!.Info.Seed.ShouldBe(seed);
        }

        (await _schema.ScalarAsync("SELECT max(seed)::text FROM runs")).ShouldBe("18446744073709551615");
    }
}
