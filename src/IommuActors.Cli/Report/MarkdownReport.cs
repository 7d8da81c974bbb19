using System.Text;

namespace IommuActors.Cli.Report;

/// <summary>The report as Markdown for terminals and CI logs: the violation, the last steps before it, the hardware and locks at it, the nearest passing schedule.</summary>
internal static class MarkdownReport
{
    private const int Tail = 12;

    public static string Render(ReportModel m)
    {
        var md = new StringBuilder();
        md.AppendLine($"## {Cell(m.ViolationId)} in {Cell(m.Scenario)} (variant {Cell(m.Variant)}, kernel {Cell(m.Kernel)})").AppendLine()
            .AppendLine(Cell(m.Message)).AppendLine()
            .AppendLine($"Violation #{m.JournalId}: {m.Steps.Count} deliveries ({(m.Minimized ? "minimised" : "full")} schedule); the replay {(m.Reproduced ? "reproduces it" : "does **not** reproduce it")}.").AppendLine()
            .AppendLine("| # | sender | receiver | message | locks held after |").AppendLine("|---|---|---|---|---|");
        for (var i = Math.Max(0, m.Steps.Count - Tail); i < m.Steps.Count; i++)
        {
            var s = m.Steps[i];
            var mark = i == m.ViolatingStep ? " **violation**" : string.Empty;
            md.AppendLine($"| {i + 1}{mark} | {Cell(s.Sender)} | {Cell(s.Receiver)} | {Cell(s.Message)} | {Cell(string.Join(", ", s.Locks.Select(l => $"{l.Lock} ({l.Holder})")))} |");
        }

        if (m.Steps.Count > 0 && m.Steps[^1].Streams.Count > 0)
        {
            md.AppendLine().AppendLine("Hardware at the violation:").AppendLine().AppendLine("| IOMMU | stream | translates through |").AppendLine("|---|---|---|");
            foreach (var s in m.Steps[^1].Streams)
            {
                md.AppendLine($"| {Cell(s.Iommu)} | {s.Stream} | {Cell(s.Context)} |");
            }
        }

        if (m.Diff is { } d)
        {
            md.AppendLine().AppendLine($"Nearest passing schedule ({d.Runs} runs): {d.ChangedSteps} steps change, the first at schedule step {d.FirstDifference + 1}: `{Code(d.FailingFrom.FirstOrDefault())}` fails, `{Code(d.PassingFrom.FirstOrDefault())}` passes.");
        }

        return md.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal);

    private static string Code(string? text) => (text ?? "(end)").Replace("`", "'", StringComparison.Ordinal);
}
