using System.Globalization;
using System.Text.Json;
using IommuActors.Journal;
using IommuActors.Runtime.Scheduling;

namespace IommuActors.Cli.Journaling;

/// <summary>A violation read from an exported document, with the id it had in the exporting journal.</summary>
internal sealed record ImportedViolation(long OldJournalId, ViolationEntry Entry);

/// <summary>A run read from an exported document, with the id it had in the exporting journal.</summary>
internal sealed record ImportedRun(long OldRunId, RunInfo Info, RunProgress? Progress, RunSummary? Summary, IReadOnlyList<ImportedViolation> Violations);

/// <summary>
/// Reads and validates a whole <c>journal export</c> document before anything is written, so an import is all or
/// nothing. Every problem is one <see cref="UsageException"/> naming the file and either the parser's line:column
/// or the JSON path of the offending value (e.g. <c>$.runs[0].info.scenario</c>).
/// </summary>
internal sealed class JournalDocumentReader
{
    private readonly string _file;

    private JournalDocumentReader(string file) => _file = file;

    /// <summary>Reads the document; relative source files are resolved to absolute paths now.</summary>
    /// <param name="file">The document's path.</param>
    /// <returns>The runs, in document order.</returns>
    /// <exception cref="UsageException">The file is missing, malformed or invalid.</exception>
    public static IReadOnlyList<ImportedRun> Read(string file)
    {
        if (!File.Exists(file))
        {
            throw new UsageException($"{file}: no such file.");
        }

        JsonDocument document;
        try
        {
            using var stream = File.OpenRead(file);
            document = JsonDocument.Parse(stream);
        }
        catch (JsonException ex)
        {
            var line = (ex.LineNumber ?? 0) + 1;
            var column = (ex.BytePositionInLine ?? 0) + 1;
            throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"{file}:{line}:{column}: malformed JSON: {WithoutPosition(ex.Message)}"));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"{file}: cannot read: {ex.Message}");
        }

        using (document)
        {
            return new JournalDocumentReader(file).ReadDocument(document.RootElement);
        }
    }

    private static string WithoutPosition(string message)
    {
        var at = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (at >= 0 ? message[..at] : message).TrimEnd();
    }

    private IReadOnlyList<ImportedRun> ReadDocument(JsonElement root)
    {
        RequireObject(root, "$");
        var format = RequiredString(root, "format", "$");
        if (format != JournalDocumentJson.FormatName)
        {
            throw Invalid("$.format", $"is '{format}', expected '{JournalDocumentJson.FormatName}'");
        }

        var version = RequiredInt(root, "version", "$");
        if (version > JournalDocumentJson.CurrentVersion)
        {
            throw Invalid("$.version", $"is {version}; this build reads version {JournalDocumentJson.CurrentVersion} or older");
        }

        if (version < 1)
        {
            throw Invalid("$.version", $"is {version}; versions start at 1");
        }

        var runs = new List<ImportedRun>();
        var runIds = new HashSet<long>();
        var violationIds = new HashSet<long>();
        var index = 0;
        foreach (var run in RequiredArray(root, "runs", "$"))
        {
            var path = $"$.runs[{index++}]";
            var imported = ReadRun(run, path, violationIds);
            if (!runIds.Add(imported.OldRunId))
            {
                throw Invalid(path + ".run_id", $"repeats run id {imported.OldRunId}");
            }

            runs.Add(imported);
        }

        return runs;
    }

    private ImportedRun ReadRun(JsonElement run, string path, HashSet<long> violationIds)
    {
        RequireObject(run, path);
        var runId = RequiredLong(run, "run_id", path);
        var info = ReadInfo(Required(run, "info", path), path + ".info");
        RunProgress? progress = null;
        if (Optional(run, "progress") is { } p)
        {
            var at = path + ".progress";
            RequireObject(p, at);
            progress = new RunProgress(RequiredLong(p, "schedules", at), RequiredLong(p, "steps", at), OptionalString(p, "resume_token", at));
        }

        RunSummary? summary = null;
        if (Optional(run, "summary") is { } s)
        {
            var at = path + ".summary";
            RequireObject(s, at);
            summary = new RunSummary(
                RequiredLong(s, "schedules", at),
                RequiredLong(s, "steps", at),
                RequiredBool(s, "exhaustive", at),
                RequiredInt(s, "violations", at),
                RequiredTime(s, "ended", at),
                OptionalString(s, "coverage_json", at));
        }

        var violations = new List<ImportedViolation>();
        var index = 0;
        foreach (var violation in RequiredArray(run, "violations", path))
        {
            var at = $"{path}.violations[{index++}]";
            var imported = ReadViolation(violation, at);
            if (!violationIds.Add(imported.OldJournalId))
            {
                throw Invalid(at + ".journal_id", $"repeats violation id {imported.OldJournalId}");
            }

            violations.Add(imported);
        }

        return new ImportedRun(runId, info, progress, summary, violations);
    }

    private RunInfo ReadInfo(JsonElement info, string path)
    {
        RequireObject(info, path);
        var fixes = new List<string>();
        if (Optional(info, "fixes") is { } list)
        {
            if (list.ValueKind != JsonValueKind.Array)
            {
                throw Invalid(path + ".fixes", "must be an array of strings");
            }

            var i = 0;
            foreach (var fix in list.EnumerateArray())
            {
                fixes.Add(fix.ValueKind == JsonValueKind.String ? fix.GetString()! : throw Invalid($"{path}.fixes[{i}]", "must be a string"));
                i++;
            }
        }

        var sourceFile = OptionalString(info, "source_file", path);
        return new RunInfo(
            RequiredString(info, "scenario", path),
            OptionalString(info, "variant", path),
            OptionalString(info, "kernel", path),
            RequiredString(info, "strategy", path),
            RequiredSeed(info, "seed", path),
            RequiredInt(info, "iterations", path),
            RequiredInt(info, "max_steps", path),
            RequiredString(info, "tool_version", path),
            RequiredTime(info, "started", path))
        {
            Fixes = fixes,
            SourceFile = sourceFile is null ? null : RepositoryPaths.Resolve(sourceFile),
        };
    }

    private ImportedViolation ReadViolation(JsonElement violation, string path)
    {
        RequireObject(violation, path);
        var journalId = RequiredLong(violation, "journal_id", path);
        var schedule = RequiredString(violation, "schedule", path);
        CheckSchedule(schedule, path + ".schedule");
        var minimized = OptionalString(violation, "minimized_schedule", path);
        if (minimized is not null)
        {
            CheckSchedule(minimized, path + ".minimized_schedule");
        }

        var entry = new ViolationEntry(
            0,
            RequiredString(violation, "violation_id", path),
            RequiredString(violation, "message", path),
            RequiredInt(violation, "schedule_index", path),
            schedule,
            minimized,
            RequiredString(violation, "schedule_hash", path),
            RequiredString(violation, "state_hash", path),
            RequiredString(violation, "verdict", path));
        return new ImportedViolation(journalId, entry);
    }

    private void CheckSchedule(string text, string path)
    {
        try
        {
            Schedule.Parse(text, path);
        }
        catch (FormatException ex)
        {
            throw new UsageException($"{_file}: {ex.Message}");
        }
    }

    private static JsonElement? Optional(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    private JsonElement Required(JsonElement parent, string name, string path) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value
            : throw Invalid($"{path}.{name}", "is missing");

    private void RequireObject(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw Invalid(path, "must be an object");
        }
    }

    private JsonElement.ArrayEnumerator RequiredArray(JsonElement parent, string name, string path)
    {
        var value = Required(parent, name, path);
        return value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : throw Invalid($"{path}.{name}", "must be an array");
    }

    private string RequiredString(JsonElement parent, string name, string path)
    {
        var value = Required(parent, name, path);
        return value.ValueKind == JsonValueKind.String ? value.GetString()! : throw Invalid($"{path}.{name}", "must be a string");
    }

    private string? OptionalString(JsonElement parent, string name, string path) =>
        Optional(parent, name) is not { } value ? null
        : value.ValueKind == JsonValueKind.String ? value.GetString()
        : throw Invalid($"{path}.{name}", "must be a string or null");

    private long RequiredLong(JsonElement parent, string name, string path)
    {
        var value = Required(parent, name, path);
        return value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number) ? number : throw Invalid($"{path}.{name}", "must be an integer");
    }

    private int RequiredInt(JsonElement parent, string name, string path)
    {
        var value = Required(parent, name, path);
        return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? number : throw Invalid($"{path}.{name}", "must be a 32-bit integer");
    }

    private bool RequiredBool(JsonElement parent, string name, string path)
    {
        var value = Required(parent, name, path);
        return value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean() : throw Invalid($"{path}.{name}", "must be true or false");
    }

    private ulong RequiredSeed(JsonElement parent, string name, string path)
    {
        var value = Required(parent, name, path);
        if (value.ValueKind == JsonValueKind.String && ulong.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var seed))
        {
            return seed;
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetUInt64(out seed)
            ? seed
            : throw Invalid($"{path}.{name}", "must be an unsigned 64-bit integer in a string, e.g. \"42\"");
    }

    private DateTimeOffset RequiredTime(JsonElement parent, string name, string path)
    {
        var value = Required(parent, name, path);
        return value.ValueKind == JsonValueKind.String && value.TryGetDateTimeOffset(out var time)
            ? time
            : throw Invalid($"{path}.{name}", "must be an ISO 8601 date and time");
    }

    private UsageException Invalid(string path, string problem) => new($"{_file}: {path} {problem}.");
}
