using System.CommandLine;
using IommuActors.Cli.Settings;
using IommuActors.Exploration;
using IommuActors.Journal;

namespace IommuActors.Cli.Journaling;

/// <summary>The journal a command writes to or reads from, opened before the work starts so a bad journal fails fast.</summary>
internal sealed class JournalSession : IDisposable
{
    public JournalSession(SettingsReader settings, ParseResult parseResult)
    {
        var option = parseResult.GetValue<string?>("--journal");
        Uri = JournalUri.Resolve(option, settings.Config);
        Journal = JournalUri.Open(Uri);
    }

    public string Uri { get; }

    public IRunJournal? Journal { get; }

    /// <summary>Records the run, or does nothing when journaling is off.</summary>
    public JournalJson? Record(RunInfo info, ExplorationReport report) =>
        Journal is null ? null : ExploreJournal.Record(Journal, info, report);

    /// <summary>The open journal, or a usage error when it is <c>none</c>.</summary>
    public IRunJournal Required => Journal ?? throw new UsageException("this command needs a journal; --journal none was given.");

    public void Dispose() => Journal?.DisposeAsync().AsTask().GetAwaiter().GetResult();
}
