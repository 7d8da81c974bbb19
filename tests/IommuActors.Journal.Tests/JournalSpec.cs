using System.Text;

namespace IommuActors.Journal.Tests;

/// <summary>
/// Conformance suite every <see cref="IRunJournal"/> must pass (in the spirit of Akka's persistence TCK). Subclasses
/// supply a fresh, empty journal per test.
/// </summary>
public abstract class JournalSpec : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 14, 9, 26, 53, TimeSpan.Zero);
    private IRunJournal? _journal;

    /// <summary>Gets the journal under test (initialised).</summary>
    protected IRunJournal Journal => _journal ?? throw new InvalidOperationException("Not initialised.");

    /// <summary>Gets a token for the journal calls.</summary>
    protected static CancellationToken Ct => CancellationToken.None;

    /// <summary>Creates a fresh, empty journal (not yet initialised).</summary>
    protected abstract Task<IRunJournal> CreateJournalAsync();

    /// <summary>Reopens the same store the current journal uses (new instance); null when unsupported.</summary>
    protected virtual Task<IRunJournal?> ReopenJournalAsync() => Task.FromResult<IRunJournal?>(null);

    public async Task InitializeAsync()
    {
        _journal = await CreateJournalAsync();
        await _journal.InitializeAsync(Ct);
    }

    public virtual async Task DisposeAsync()
    {
        if (_journal is not null)
        {
            await _journal.DisposeAsync();
        }
    }

    protected static RunInfo Run(string scenario = "apple-display-multi-dart", ulong seed = 1, int minutes = 0) =>
        new(scenario, "buggy-first-fix", "v6.10 +asahi-xlate-defer", "random(seed=1)", seed, 10_000, 5_000, "0.1.0", T0.AddMinutes(minutes))
        {
            Fixes = ["+asahi-xlate-defer", "-default-domain-race"],
            SourceFile = "scenarios/apple-display-multi-dart.conf",
        };

    protected static ViolationEntry Violation(long runId, string id = "partial-iommu-probe", int index = 1, string? minimized = "dart0 <- init #1 Probe") =>
        new(runId, id, "device probed with 1 of 2 IOMMUs", index, "dart0 <- init #1 Probe\ndart1 <- init #1 Probe", minimized, "0123456789abcdef", "fedcba9876543210", "reproduced");

    protected static JournalEvent Event(string pid, long seq, string text = "x", params string[] tags) =>
        new(pid, seq, "ScheduleFound", Encoding.UTF8.GetBytes(text + seq), tags, "writer-7f3c")
        {
            Created = T0.AddSeconds(seq),
        };

    protected static async Task<Exception?> CatchAsync(Func<Task> action)
    {
        try
        {
            await action();
            return null;
        }
        catch (Exception e)
        {
            return e;
        }
    }

    [Fact]
    public async Task Run_round_trips_field_by_field()
    {
        var info = Run();
        var id = await Journal.StartRunAsync(info, Ct);

        var entry = (await Journal.GetRunAsync(id, Ct)).ShouldNotBeNull();
        entry.RunId.ShouldBe(id);
        entry.Info.Scenario.ShouldBe(info.Scenario);
        entry.Info.Variant.ShouldBe(info.Variant);
        entry.Info.Kernel.ShouldBe(info.Kernel);
        entry.Info.Strategy.ShouldBe(info.Strategy);
        entry.Info.Seed.ShouldBe(info.Seed);
        entry.Info.Iterations.ShouldBe(info.Iterations);
        entry.Info.MaxSteps.ShouldBe(info.MaxSteps);
        entry.Info.ToolVersion.ShouldBe(info.ToolVersion);
        entry.Info.Started.ShouldBe(info.Started);
        entry.Info.Fixes.ShouldBe(info.Fixes);
        entry.Info.SourceFile.ShouldBe(info.SourceFile);
        entry.Progress.ShouldBeNull();
        entry.Summary.ShouldBeNull();
    }

    [Fact]
    public async Task Seeds_round_trip_exactly_across_the_whole_ulong_range()
    {
        ulong[] seeds = [0, 1, long.MaxValue, (ulong)long.MaxValue + 1, ulong.MaxValue - 1, ulong.MaxValue];
        foreach (var seed in seeds)
        {
            var id = await Journal.StartRunAsync(Run(seed: seed), Ct);
            (await Journal.GetRunAsync(id, Ct)).ShouldNotBeNull().Info.Seed.ShouldBe(seed);
        }
    }

    [Fact]
    public async Task Nullable_fields_and_empty_fixes_round_trip()
    {
        var info = new RunInfo("toy:pingpong", null, null, "dfs", 7, 1, 100, "0.1.0", T0);
        var id = await Journal.StartRunAsync(info, Ct);

        var entry = (await Journal.GetRunAsync(id, Ct)).ShouldNotBeNull();
        entry.Info.Variant.ShouldBeNull();
        entry.Info.Kernel.ShouldBeNull();
        entry.Info.SourceFile.ShouldBeNull();
        entry.Info.Fixes.ShouldBeEmpty();
        (await Journal.GetRunAsync(id + 1000, Ct)).ShouldBeNull();
    }

    [Fact]
    public async Task Latest_checkpoint_wins()
    {
        var id = await Journal.StartRunAsync(Run(), Ct);
        await Journal.CheckpointAsync(id, new RunProgress(10, 400, "next=10"), Ct);
        await Journal.CheckpointAsync(id, new RunProgress(20, 900, "next=20"), Ct);
        (await Journal.GetRunAsync(id, Ct)).ShouldNotBeNull().Progress.ShouldBe(new RunProgress(20, 900, "next=20"));

        await Journal.CheckpointAsync(id, new RunProgress(30, 1300, null), Ct);
        var entry = (await Journal.GetRunAsync(id, Ct)).ShouldNotBeNull();
        entry.Progress.ShouldBe(new RunProgress(30, 1300, null));
        entry.Summary.ShouldBeNull();
    }

    [Fact]
    public async Task Completed_run_has_its_summary_and_keeps_its_last_checkpoint()
    {
        var id = await Journal.StartRunAsync(Run(), Ct);
        await Journal.CheckpointAsync(id, new RunProgress(90, 3600, "next=90"), Ct);
        var summary = new RunSummary(18_700, 1_234_567_890_123, true, 2, T0.AddMinutes(3), "{\"triples\":42}");
        await Journal.CompleteRunAsync(id, summary, Ct);

        var entry = (await Journal.GetRunAsync(id, Ct)).ShouldNotBeNull();
        entry.Summary.ShouldBe(summary);
        entry.Progress.ShouldBe(new RunProgress(90, 3600, "next=90"));

        var other = await Journal.StartRunAsync(Run(), Ct);
        var plain = new RunSummary(1, 10, false, 0, T0.AddMinutes(1), null);
        await Journal.CompleteRunAsync(other, plain, Ct);
        (await Journal.GetRunAsync(other, Ct)).ShouldNotBeNull().Summary.ShouldBe(plain);
    }

    [Fact]
    public async Task Runs_are_listed_newest_first()
    {
        var first = await Journal.StartRunAsync(Run("rk3288-drm-detach", minutes: 0), Ct);
        var second = await Journal.StartRunAsync(Run("apple-display-multi-dart", minutes: 1), Ct);
        var third = await Journal.StartRunAsync(Run("toy:pingpong", minutes: 2), Ct);

        var runs = await Journal.ListRunsAsync(Ct);
        runs.Select(r => r.RunId).ShouldBe([third, second, first]);
        runs[0].Info.Scenario.ShouldBe("toy:pingpong");
    }

    [Fact]
    public async Task Empty_journal_lists_nothing()
    {
        (await Journal.ListRunsAsync(Ct)).ShouldBeEmpty();
        (await Journal.GetViolationsAsync(1, Ct)).ShouldBeEmpty();
        (await Journal.HighestSequenceNumberAsync("run-1", Ct)).ShouldBe(0);
        (await Journal.ReplayAsync("run-1", 1, long.MaxValue, Ct)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Violations_round_trip_in_order_with_increasing_ids()
    {
        var run = await Journal.StartRunAsync(Run(), Ct);
        var other = await Journal.StartRunAsync(Run(), Ct);
        var a = Violation(run, "partial-iommu-probe", 1);
        var b = Violation(run, "iommus-not-programmed", 90, minimized: null);
        var idA = await Journal.RecordViolationAsync(a, Ct);
        var idOther = await Journal.RecordViolationAsync(Violation(other, "iommu-config-einval"), Ct);
        var idB = await Journal.RecordViolationAsync(b, Ct);

        idOther.ShouldBeGreaterThan(idA);
        idB.ShouldBeGreaterThan(idOther);
        var listed = await Journal.GetViolationsAsync(run, Ct);
        listed.ShouldBe([a with { JournalId = idA }, b with { JournalId = idB }]);
        (await Journal.GetViolationsAsync(other, Ct)).Single().ViolationId.ShouldBe("iommu-config-einval");
    }

    [Fact]
    public async Task Violation_is_found_by_journal_id_and_unknown_id_is_null()
    {
        var run = await Journal.StartRunAsync(Run(), Ct);
        var violation = Violation(run);
        var id = await Journal.RecordViolationAsync(violation, Ct);

        (await Journal.GetViolationAsync(id, Ct)).ShouldBe(violation with { JournalId = id });
        (await Journal.GetViolationAsync(id + 1000, Ct)).ShouldBeNull();
    }

    [Fact]
    public async Task Events_are_appended_and_replayed_in_order()
    {
        await Journal.AppendAsync([Event("run-1", 1), Event("run-1", 2)], Ct);
        await Journal.AppendAsync([Event("run-1", 3)], Ct);

        var events = await Journal.ReplayAsync("run-1", 1, long.MaxValue, Ct);
        events.Select(e => e.SequenceNumber).ShouldBe([1L, 2L, 3L]);
        var expected = Event("run-1", 2);
        events[1].PersistenceId.ShouldBe("run-1");
        events[1].Manifest.ShouldBe(expected.Manifest);
        events[1].Payload.ShouldBe(expected.Payload);
        events[1].Created.ShouldBe(expected.Created);
        (await Journal.HighestSequenceNumberAsync("run-1", Ct)).ShouldBe(3);
    }

    [Fact]
    public async Task Replay_honours_inclusive_ranges_and_streams()
    {
        await Journal.AppendAsync([.. Enumerable.Range(1, 6).Select(i => Event("run-1", i))], Ct);
        await Journal.AppendAsync([Event("run-2", 1), Event("run-2", 2)], Ct);

        (await Journal.ReplayAsync("run-1", 2, 4, Ct)).Select(e => e.SequenceNumber).ShouldBe([2L, 3L, 4L]);
        (await Journal.ReplayAsync("run-1", 5, 5, Ct)).Single().SequenceNumber.ShouldBe(5);
        (await Journal.ReplayAsync("run-1", 7, 100, Ct)).ShouldBeEmpty();
        (await Journal.ReplayAsync("run-1", 4, 2, Ct)).ShouldBeEmpty();
        (await Journal.ReplayAsync("run-2", 0, long.MaxValue, Ct)).Select(e => e.PersistenceId).Distinct().ShouldBe(["run-2"]);
        (await Journal.HighestSequenceNumberAsync("run-2", Ct)).ShouldBe(2);
        (await Journal.HighestSequenceNumberAsync("run-3", Ct)).ShouldBe(0);
    }

    [Fact]
    public async Task Duplicate_sequence_number_fails_the_whole_batch()
    {
        await Journal.AppendAsync([Event("run-1", 1), Event("run-1", 2)], Ct);

        var error = await CatchAsync(() => Journal.AppendAsync([Event("run-1", 3), Event("run-9", 1), Event("run-1", 2, "dup")], Ct));

        error.ShouldNotBeNull();
        (await Journal.HighestSequenceNumberAsync("run-1", Ct)).ShouldBe(2);
        (await Journal.HighestSequenceNumberAsync("run-9", Ct)).ShouldBe(0);
        (await Journal.ReplayAsync("run-1", 1, 10, Ct)).Select(e => Encoding.UTF8.GetString(e.Payload)).ShouldBe(["x1", "x2"]);
        await Journal.AppendAsync([Event("run-1", 3)], Ct);
        (await Journal.HighestSequenceNumberAsync("run-1", Ct)).ShouldBe(3);
    }

    [Fact]
    public async Task Duplicate_within_one_batch_fails_it_too()
    {
        var error = await CatchAsync(() => Journal.AppendAsync([Event("run-1", 1), Event("run-1", 1)], Ct));

        error.ShouldNotBeNull();
        (await Journal.ReplayAsync("run-1", 0, long.MaxValue, Ct)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Tags_writer_uuid_and_payload_bytes_are_preserved()
    {
        byte[] binary = [0, 1, 2, 0xFF, 0xFE, 0x80, 0];
        var tagged = new JournalEvent("run-1", 1, "Violation", binary, ["violation", "schedule", "a;b,c \"q\""], "6f9619ff-8b86-d011-b42d-00c04fc964ff")
        {
            Created = T0,
        };
        var untagged = Event("run-1", 2) with { Tags = [] };
        await Journal.AppendAsync([tagged, untagged], Ct);

        var events = await Journal.ReplayAsync("run-1", 1, 2, Ct);
        events[0].Tags.ShouldBe(tagged.Tags);
        events[0].WriterUuid.ShouldBe(tagged.WriterUuid);
        events[0].Payload.ShouldBe(binary);
        events[0].Manifest.ShouldBe("Violation");
        events[1].Tags.ShouldBeEmpty();
        events[1].WriterUuid.ShouldBe("writer-7f3c");
    }

    [Fact]
    public async Task Ordering_is_assigned_and_increases_across_streams()
    {
        await Journal.AppendAsync([Event("run-1", 1), Event("run-2", 1)], Ct);
        await Journal.AppendAsync([Event("run-1", 2)], Ct);
        await Journal.AppendAsync([Event("run-2", 2)], Ct);

        var one = await Journal.ReplayAsync("run-1", 1, 2, Ct);
        var two = await Journal.ReplayAsync("run-2", 1, 2, Ct);
        long[] orderings = [one[0].Ordering, two[0].Ordering, one[1].Ordering, two[1].Ordering];
        orderings[0].ShouldBeGreaterThan(0);
        orderings.ShouldBe(orderings.Order().ToArray());
        orderings.Distinct().Count().ShouldBe(4);
    }

    [Fact]
    public async Task Reinitialising_an_existing_journal_keeps_its_data()
    {
        var run = await Journal.StartRunAsync(Run(seed: ulong.MaxValue), Ct);
        var violation = await Journal.RecordViolationAsync(Violation(run), Ct);
        await Journal.AppendAsync([Event("run-1", 1)], Ct);

        await Journal.InitializeAsync(Ct);
        await AssertDataAsync(Journal);

        var reopened = await ReopenJournalAsync();
        if (reopened is not null)
        {
            await using (reopened)
            {
                await reopened.InitializeAsync(Ct);
                await reopened.InitializeAsync(Ct);
                await AssertDataAsync(reopened);
            }
        }

        async Task AssertDataAsync(IRunJournal journal)
        {
            (await journal.GetRunAsync(run, Ct)).ShouldNotBeNull().Info.Seed.ShouldBe(ulong.MaxValue);
            (await journal.GetViolationAsync(violation, Ct)).ShouldNotBeNull().RunId.ShouldBe(run);
            (await journal.HighestSequenceNumberAsync("run-1", Ct)).ShouldBe(1);
        }
    }
}
