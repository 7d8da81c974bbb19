using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace IommuActors.Cli.Report;

/// <summary>
/// Renders a <see cref="ReportModel"/> as one self-contained HTML file (no external resources): swimlanes per actor
/// with one arrow per delivery in step order, the locks held after each step, the violating step outlined, the
/// first step where the nearest passing schedule differs marked, a dmesg panel, and the hardware stream tables and
/// locks at the selected step (keyboard: arrows or j/k, Home, End or v, d). Every name from the model is
/// HTML-escaped, and the step data is embedded as JSON with &lt; &gt; &amp; escaped.
/// </summary>
internal static class HtmlReport
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Default, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static string Render(ReportModel m)
    {
        var html = new StringBuilder(64 * 1024 + (m.Steps.Count * 600));
        var firstDiff = FirstDiffRow(m);
        html.Append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\n")
            .Append("<title>").Append(E($"{m.ViolationId} - {m.Scenario}")).Append("</title>\n<style>").Append(HtmlReportAssets.Style).Append("</style>\n</head>\n")
            .Append("<body data-violation-step=\"").Append(m.ViolatingStep).Append("\">\n<header>\n<h1><span class=\"bad\">").Append(E(m.ViolationId)).Append("</span> in ")
            .Append(E(m.Scenario)).Append(" <span class=\"meta\">").Append(E($"variant {m.Variant}, kernel {m.Kernel}")).Append("</span></h1>\n<div>").Append(E(m.Message)).Append("</div>\n<div class=\"meta\">")
            .Append(E($"violation #{m.JournalId}; {m.Steps.Count} deliveries ({(m.Minimized ? "minimised schedule" : "full schedule")}); replay {(m.Reproduced ? "reproduces it" : "does NOT reproduce it")}"));
        if (m.Diff is { } d)
        {
            html.Append(E($"; nearest passing schedule: {d.ChangedSteps} steps changed, first at delivery {firstDiff + 1}")).Append(" (<kbd>d</kbd>)");
        }

        html.Append(". Keys: <kbd>&uarr;</kbd>/<kbd>&darr;</kbd> or <kbd>j</kbd>/<kbd>k</kbd> step, <kbd>Home</kbd>, <kbd>v</kbd> violation.</div>\n</header>\n<main>\n<section id=\"timeline\">\n");
        html.Append("<div class=\"lane-head\"><span class=\"n\">#</span><div class=\"names\" style=\"--lanes:").Append(m.Lanes.Count).Append("\">");
        foreach (var lane in m.Lanes)
        {
            html.Append("<span title=\"").Append(E(lane)).Append("\">").Append(E(Short(lane))).Append("</span>");
        }

        html.Append("</div><span class=\"msg\">message / locks held after</span></div>\n<div id=\"rows\">\n");
        for (var i = 0; i < m.Steps.Count; i++)
        {
            Row(html, m, i, firstDiff);
        }

        html.Append("</div>\n</section>\n<div id=\"side\">\n<aside id=\"detail\"></aside>\n<section id=\"dmesg\">\n<h2>dmesg</h2>\n<pre>");
        foreach (var line in m.SetupDmesg)
        {
            html.Append("<div class=\"line\" data-step=\"\">").Append(E(line)).Append("</div>");
        }

        for (var i = 0; i < m.Steps.Count; i++)
        {
            foreach (var line in m.Steps[i].Dmesg)
            {
                html.Append("<div class=\"line").Append(line.Contains("VIOLATION", StringComparison.Ordinal) ? " violation" : string.Empty)
                    .Append("\" data-step=\"").Append(i).Append("\">").Append(E(line)).Append("</div>");
            }
        }

        html.Append("</pre>\n</section>\n");
        Diff(html, m.Diff);
        html.Append("</div>\n</main>\n<script type=\"application/json\" id=\"data\">").Append(Data(m, firstDiff)).Append("</script>\n<script>").Append(HtmlReportAssets.Script).Append("</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Row(StringBuilder html, ReportModel m, int i, int firstDiff)
    {
        var step = m.Steps[i];
        var from = Index(m.Lanes, ReportBuilder.LaneOf(step.Sender));
        var to = Index(m.Lanes, ReportBuilder.LaneOf(step.Receiver));
        var width = 100.0 / m.Lanes.Count;
        var cls = "row" + (i == m.ViolatingStep ? " violation" : string.Empty) + (i == firstDiff ? " first-diff" : string.Empty);
        html.Append("<div class=\"").Append(cls).Append("\" id=\"s").Append(i).Append("\"><span class=\"n\">").Append(i + 1).Append("</span><div class=\"lanes\" style=\"--lanes:").Append(m.Lanes.Count).Append("\">");
        if (from != to)
        {
            var left = (Math.Min(from, to) + 0.5) * width;
            html.Append("<span class=\"arrow ").Append(to > from ? "r" : "l").Append("\" style=\"left:").Append(P(left)).Append("%;width:").Append(P(Math.Abs(to - from) * width)).Append("%\"></span>");
        }

        html.Append("<span class=\"dot\" style=\"left:").Append(P((to + 0.5) * width)).Append("%\" title=\"").Append(E(step.Receiver)).Append("\"></span></div><span class=\"msg\" title=\"")
            .Append(E($"{step.Sender} -> {step.Receiver}: {step.Message}")).Append("\">").Append(E(Short(step.Message)));
        foreach (var hold in step.Locks)
        {
            html.Append(" <span class=\"chip\" title=\"").Append(E($"{hold.Lock} held by {hold.Holder}")).Append("\">").Append(E(hold.Lock)).Append("</span>");
        }

        html.Append("</span></div>\n");
    }

    private static void Diff(StringBuilder html, ReportDiff? d)
    {
        html.Append("<section id=\"diff\">\n<h2>Nearest passing schedule</h2>\n");
        if (d is null)
        {
            html.Append("<p class=\"hint\">No passing schedule was found near this one.</p>\n</section>\n");
            return;
        }

        html.Append("<p>").Append(E($"Found in {d.Runs} runs: {d.ChangedSteps} schedule steps change, the first at schedule step {d.FirstDifference + 1} (highlighted first below). Failing on the left, passing on the right.")).Append("</p>\n<div class=\"cols\"><pre>");
        foreach (var line in d.FailingFrom)
        {
            html.Append("<div>").Append(E(line)).Append("</div>");
        }

        html.Append("</pre><pre>");
        foreach (var line in d.PassingFrom)
        {
            html.Append("<div>").Append(E(line)).Append("</div>");
        }

        html.Append("</pre></div>\n</section>\n");
    }

    private static string Data(ReportModel m, int firstDiff)
    {
        // Stream tables only where they changed (null: as at the step before), so long reports stay small.
        var steps = m.Steps.Select((s, i) => new
        {
            index = s.Index,
            receiver = s.Receiver,
            sender = s.Sender,
            message = s.Message,
            choices = s.Choices,
            dmesg = s.Dmesg,
            locks = s.Locks.Select(l => new { @lock = l.Lock, holder = l.Holder }),
            streams = i > 0 && s.Streams.SequenceEqual(m.Steps[i - 1].Streams) ? null : s.Streams.Select(x => new { iommu = x.Iommu, stream = x.Stream, context = x.Context }),
        });
        return JsonSerializer.Serialize(new { violatingStep = m.ViolatingStep, firstDifference = firstDiff, steps }, Json);
    }

    /// <summary>The row (delivery) that holds the first schedule step where the nearest passing schedule differs.</summary>
    private static int FirstDiffRow(ReportModel m)
    {
        if (m.Diff is not { } d)
        {
            return -1;
        }

        var row = 0;
        while (row + 1 < m.Steps.Count && m.Steps[row + 1].Index <= d.FirstDifference)
        {
            row++;
        }

        return row;
    }

    private static string Short(string name)
    {
        var slash = name.LastIndexOf('/');
        var dot = name.LastIndexOf('.');
        return slash >= 0 && slash < name.Length - 1 ? name[(slash + 1)..] : dot >= 0 && dot < name.Length - 1 ? name[(dot + 1)..] : name;
    }

    private static int Index(IReadOnlyList<string> lanes, string lane)
    {
        for (var i = 0; i < lanes.Count; i++)
        {
            if (lanes[i] == lane)
            {
                return i;
            }
        }

        return 0;
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string P(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
