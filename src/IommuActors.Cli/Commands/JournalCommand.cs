using System.CommandLine;
using IommuActors.Cli.Journaling;
using IommuActors.Cli.Output;
using IommuActors.Cli.Settings;

namespace IommuActors.Cli.Commands;

/// <summary><c>journal export FILE</c> and <c>journal import FILE</c>: move runs and violations between journals.</summary>
internal static class JournalCommand
{
    public static Command Create(GlobalOptions global)
    {
        var journal = new Command("journal", "Export the journal to a versioned JSON document, or import one into it");

        var exportFile = new Argument<string>("file") { Description = "The JSON document to write (replaced if it exists)" };
        var export = new Command("export", "Write every journaled run (start, latest checkpoint, summary) and its violations to one JSON document") { exportFile };
        export.SetAction(parseResult =>
        {
            var file = parseResult.GetRequiredValue(exportFile);
            using var session = new JournalSession(new SettingsReader(global.LoadConfig(parseResult), parseResult), parseResult);
            var document = JournalTransfer.Export(session.Required);
            WriteFile(file, document);
            parseResult.InvocationConfiguration.Output.WriteLine(
                $"exported {document.Runs.Count} runs, {document.Runs.Sum(r => r.Violations.Count)} violations from {session.Required.Description} to {file}");
            return (int)ExitCode.Success;
        });
        journal.Add(export);

        var importFile = new Argument<string>("file") { Description = "A document written by 'journal export'" };
        var import = new Command("import", "Append the runs and violations of an exported document to the journal (new ids; prints old -> new, one per line)") { importFile };
        import.SetAction(parseResult =>
        {
            // The whole document is validated before the journal is even opened: an import is all or nothing.
            var runs = JournalDocumentReader.Read(parseResult.GetRequiredValue(importFile));
            using var session = new JournalSession(new SettingsReader(global.LoadConfig(parseResult), parseResult), parseResult);
            var output = parseResult.InvocationConfiguration.Output;
            JournalTransfer.Import(session.Required, runs, output.WriteLine);
            return (int)ExitCode.Success;
        });
        journal.Add(import);
        return journal;
    }

    /// <summary>Writes beside the target and renames, so a failed export never leaves half a document.</summary>
    private static void WriteFile(string file, JournalDocumentJson document)
    {
        var full = Path.GetFullPath(file);
        var temporary = full + ".tmp-" + Environment.ProcessId;
        try
        {
            using (var writer = new StreamWriter(temporary, append: false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
            {
                writer.NewLine = "\n";
                CliJson.Write(document, writer);
            }

            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }

            throw new UsageException($"{file}: cannot write: {ex.Message}");
        }
    }
}
