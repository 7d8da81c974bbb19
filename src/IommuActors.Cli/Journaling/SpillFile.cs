using System.Globalization;
using IommuActors.Journal;
using IommuActors.Journal.Sqlite;

namespace IommuActors.Cli.Journaling;

/// <summary>What a failed journal had not confirmed when it failed.</summary>
/// <param name="Info">The run.</param>
/// <param name="Progress">The latest checkpoint, or null.</param>
/// <param name="Violations">The violations whose writes did not succeed.</param>
/// <param name="Events">The record-all events whose append did not succeed.</param>
/// <param name="Summary">The summary, when writing it failed.</param>
internal sealed record SpillContents(RunInfo Info, RunProgress? Progress, IReadOnlyList<ViolationEntry> Violations, IReadOnlyList<JournalEvent> Events, RunSummary? Summary);

/// <summary>
/// Writes <see cref="SpillContents"/> to a new SQLite journal: <c>.iommu-actors/spill-*.db</c> next to the default
/// journal, or under the system temp directory when that cannot be written.
/// </summary>
internal static class SpillFile
{
    /// <summary>Writes the spill file and returns its full path.</summary>
    /// <param name="contents">What to save.</param>
    /// <param name="runId">The run's id in the failed journal, if it got one (used in the file name).</param>
    /// <returns>The file's full path.</returns>
    /// <exception cref="JournalException">No directory could take it (the last failure).</exception>
    public static async Task<string> WriteAsync(SpillContents contents, long? runId)
    {
        var name = string.Create(
            CultureInfo.InvariantCulture,
            $"spill-{(runId is { } id ? $"run{id}-" : string.Empty)}{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Guid.NewGuid().ToString("N")[..6]}.db");
        string[] directories = [Path.GetFullPath(".iommu-actors"), Path.Combine(Path.GetTempPath(), "iommu-actors")];
        Exception? last = null;
        foreach (var directory in directories)
        {
            var path = Path.Combine(directory, name);
            try
            {
                Directory.CreateDirectory(directory);
                await WriteToAsync(path, contents).ConfigureAwait(false);
                return path;
            }
            catch (Exception ex) when (ex is JournalException or IOException or UnauthorizedAccessException)
            {
                last = ex;
            }
        }

        throw new JournalException($"cannot write a spill file in {string.Join(" or ", directories)}: {last?.Message}", last);
    }

    private static async Task WriteToAsync(string path, SpillContents contents)
    {
        var ct = CancellationToken.None;
        var journal = new SqliteRunJournal(path);
        await using (journal.ConfigureAwait(false))
        {
            await journal.InitializeAsync(ct).ConfigureAwait(false);
            var runId = await journal.StartRunAsync(contents.Info, ct).ConfigureAwait(false);
            if (contents.Progress is { } progress)
            {
                await journal.CheckpointAsync(runId, progress, ct).ConfigureAwait(false);
            }

            foreach (var violation in contents.Violations)
            {
                await journal.RecordViolationAsync(violation with { RunId = runId }, ct).ConfigureAwait(false);
            }

            if (contents.Events.Count > 0)
            {
                var stream = ScheduleCodec.PersistenceId(runId);
                await journal.AppendAsync([.. contents.Events.Select(e => e with { PersistenceId = stream })], ct).ConfigureAwait(false);
            }

            if (contents.Summary is { } summary)
            {
                await journal.CompleteRunAsync(runId, summary, ct).ConfigureAwait(false);
            }
        }
    }
}
