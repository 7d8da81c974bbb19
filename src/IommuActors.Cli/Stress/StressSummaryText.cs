using System.Globalization;
using Spectre.Console;

namespace IommuActors.Cli.Stress;

/// <summary>The summary tables of a stress run (Spectre.Console, plain text when the output is not a terminal).</summary>
internal static class StressSummaryText
{
    public static void Write(StressSummary s, TextWriter output)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = ColorSystemSupport.Detect,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 120;
        var table = new Table().Border(TableBorder.Simple).AddColumn("stress").AddColumn(new TableColumn(string.Empty));
        void Row(string key, string value) => table.AddRow(Markup.Escape(key), Markup.Escape(value));
        Row("target", s.Target);
        Row("scenario", $"{s.Scenario} (variant {s.Variant})");
        Row("kernel", s.Kernel);
        Row("dispatcher", $"{s.Dispatcher}, {s.Strategy}");
        Row("seed", s.Seed.ToString(CultureInfo.InvariantCulture));
        Row("schedules", Invariant($"{s.Schedules:N0} in {s.ElapsedSeconds:0.0} s ({s.SchedulesPerSecond:N0}/s), {s.Steps:N0} steps"));
        Row("violations", s.Violations == 0 ? "none" : Invariant($"{s.Violations:N0} ({s.ViolationKinds.Count} kinds)"));
        if (s.CoveredTriples is { } covered)
        {
            Row("coverage", Invariant($"{covered} of {s.KnownTriples} (actor type, state, message) triples"));
        }

        Row("managed heap", Invariant($"peak {s.PeakManagedBytes / 1048576.0:0.0} MiB; {string.Join(", ", Thin(s.Memory).Select(m => $"{m.Seconds:0}s {m.ManagedBytes / 1048576.0:0.0}"))} MiB"));
        if (s.Journal is { } journal)
        {
            Row("journal", $"{journal.Journal}, run {journal.RunId}");
        }

        console.Write(table);
        if (s.ViolationKinds.Count == 0)
        {
            return;
        }

        var kinds = new Table().Border(TableBorder.Simple).AddColumns("violation", "count", "first at", "verdict", "steps", "replay");
        foreach (var v in s.ViolationKinds)
        {
            var steps = v.MinimizedSteps is { } m ? Invariant($"{v.Steps} -> {m}") : v.Steps.ToString(CultureInfo.InvariantCulture);
            var replay = v.JournalId is { } id ? $"iommu-actors replay {id}" : "-";
            kinds.AddRow(Markup.Escape(v.Id), Invariant($"{v.Count:N0}"), Invariant($"schedule {v.FirstScheduleIndex}"), Markup.Escape(v.Verdict), steps, Markup.Escape(replay));
        }

        console.Write(kinds);
        foreach (var v in s.ViolationKinds)
        {
            console.WriteLine($"{v.Id}: {v.Message}");
        }
    }

    /// <summary>At most six samples, evenly spread, the last included.</summary>
    private static IEnumerable<MemorySample> Thin(IReadOnlyList<MemorySample> samples)
    {
        var step = Math.Max(1, samples.Count / 5);
        return samples.Where((_, i) => i % step == 0 || i == samples.Count - 1);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
