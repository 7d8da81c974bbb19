using System.CommandLine;
using IommuActors.Cli.Settings;
using IommuActors.Journal;

namespace IommuActors.Cli.Journaling;

/// <summary>The journal a command writes to or reads from, opened before the work starts so a bad journal fails fast.</summary>
internal sealed class JournalSession : IDisposable
{
    public JournalSession(SettingsReader settings, ParseResult parseResult)
    {
        var option = parseResult.GetValue<string?>("--journal");
        Uri = JournalUri.Resolve(option, settings.Config);
        var error = parseResult.InvocationConfiguration.Error;
        try
        {
            Journal = JournalUri.Open(Uri, line =>
            {
                error.WriteLine($"journal: retry {line}");
                error.Flush();
            });
        }
        catch (JournalException ex) when (parseResult.CommandResult.Command.Name == "explore")
        {
            throw new JournalException($"{ex.Message}; nothing was explored, so there are no violations to save", ex);
        }
    }

    public string Uri { get; }

    public IRunJournal? Journal { get; }

    /// <summary>Starts (or, with <paramref name="resume"/>, continues) the run; null when journaling is off.</summary>
    /// <remarks>
    /// Writes go through a <see cref="SpillingJournal"/>: when the journal becomes unavailable, what it has not
    /// confirmed is saved to a local SQLite spill file and the run stops with one <see cref="JournalException"/>.
    /// </remarks>
    public LiveRunRecorder? Begin(RunInfo info, RunResume? resume, bool recordAll, TextWriter? progress) =>
        Journal is null ? null : LiveRunRecorder.Begin(new SpillingJournal(Journal, resume?.Run.Info ?? info), info, resume, recordAll, progress);

    /// <summary>The open journal, or a usage error when it is <c>none</c>.</summary>
    public IRunJournal Required => Journal ?? throw new UsageException("this command needs a journal; --journal none was given.");

    public void Dispose() => Journal?.DisposeAsync().AsTask().GetAwaiter().GetResult();
}
