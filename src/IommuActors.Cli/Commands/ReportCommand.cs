using System.CommandLine;
using IommuActors.Cli.Journaling;
using IommuActors.Cli.Report;
using IommuActors.Cli.Settings;

namespace IommuActors.Cli.Commands;

/// <summary><c>iommu-actors report ID</c>: a self-contained HTML timeline of a journaled violation, or a Markdown summary.</summary>
internal static class ReportCommand
{
    public static Command Create(GlobalOptions global)
    {
        var id = new Argument<long>("violation-id") { Description = "The violation's journal id (explore and stress print it)" };
        var output = new Option<string?>("--output", "-o") { HelpName = "FILE", Description = "Where to write the report [default: report-ID.html; Markdown goes to stdout]" };
        var format = new Option<string>("--format") { HelpName = "html|md", Description = "html: one self-contained page (swimlanes, locks, hardware state, dmesg, keyboard stepping); md: a summary for terminals and CI", DefaultValueFactory = _ => "html" };
        format.AcceptOnlyFromAmong("html", "md");
        var full = new Option<bool>("--full") { Description = "Show the full schedule instead of the minimised one" };
        var noDiff = new Option<bool>("--no-diff") { Description = "Skip the search for the nearest passing schedule" };
        var command = new Command("report", "Render a journaled violation as an HTML timeline (or Markdown), with the nearest passing schedule") { id, output, format, full, noDiff };
        command.SetAction(parseResult =>
        {
            using var session = new JournalSession(new SettingsReader(global.LoadConfig(parseResult), parseResult), parseResult);
            var journal = session.Required;
            var journalId = parseResult.GetRequiredValue(id);
            var (violation, run) = JournaledViolation.Load(journal, journalId);
            var model = ReportBuilder.Build(violation, run.Info, parseResult.GetValue(full), !parseResult.GetValue(noDiff));
            var stdout = parseResult.InvocationConfiguration.Output;
            var path = parseResult.GetValue(output);
            if (parseResult.GetValue(format) == "md")
            {
                var markdown = MarkdownReport.Render(model);
                if (path is null)
                {
                    stdout.Write(markdown);
                    return (int)ExitCode.Success;
                }

                Write(path, markdown);
            }
            else
            {
                path ??= $"report-{journalId}.html";
                Write(path, HtmlReport.Render(model));
            }

            stdout.WriteLine($"report of violation #{journalId} ({model.ViolationId}, {model.Steps.Count} deliveries) written to {path}");
            return (int)ExitCode.Success;
        });
        return command;
    }

    private static void Write(string path, string text)
    {
        try
        {
            File.WriteAllText(path, text);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DirectoryNotFoundException)
        {
            throw new UsageException($"--output: cannot write {path}: {ex.Message}");
        }
    }
}
