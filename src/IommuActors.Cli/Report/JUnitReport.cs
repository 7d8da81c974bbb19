using System.Globalization;
using System.Xml.Linq;
using IommuActors.Exploration;

namespace IommuActors.Cli.Report;

/// <summary>
/// JUnit XML for CI (<c>--junit out.xml</c> on explore and stress): one test suite per run; a passing case named
/// scenario/variant when nothing was found, otherwise one failing case per violation kept, whose failure message is
/// the violation and whose text holds the replay command and the minimised schedule.
/// </summary>
internal static class JUnitReport
{
    public static void Write(string path, string scenario, string variant, string kernel, ExplorationReport report, double seconds, Func<FoundViolation, long?> journalId)
    {
        var name = $"{scenario}/{variant}";
        var cases = report.Violations.Count == 0
            ? [new XElement("testcase", new XAttribute("classname", scenario), new XAttribute("name", name), new XAttribute("time", Seconds(seconds)))]
            : report.Violations.Select((v, i) => Failing(scenario, name, v, i, journalId(v))).ToList();
        var suite = new XElement(
            "testsuite",
            new XAttribute("name", $"iommu-actors {name} {kernel}"),
            new XAttribute("tests", cases.Count),
            new XAttribute("failures", report.Violations.Count),
            new XAttribute("errors", 0),
            new XAttribute("time", Seconds(seconds)),
            new XElement("properties", Property("kernel", kernel), Property("strategy", report.Strategy), Property("seed", report.Seed.ToString(CultureInfo.InvariantCulture)), Property("schedules", report.Schedules.ToString(CultureInfo.InvariantCulture)), Property("violations-found", report.ViolationCounts.Values.Sum().ToString(CultureInfo.InvariantCulture))),
            cases);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        using var writer = System.Xml.XmlWriter.Create(path, new System.Xml.XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false), Indent = true });
        new XDocument(new XElement("testsuites", suite)).Save(writer);
    }

    private static XElement Failing(string scenario, string name, FoundViolation v, int i, long? journalId)
    {
        var schedule = v.MinimizedSchedule ?? v.Schedule;
        var replay = journalId is { } id ? $"iommu-actors replay {id}\n" : string.Empty;
        return new XElement(
            "testcase",
            new XAttribute("classname", scenario),
            new XAttribute("name", $"{name}: {v.Violation.Id} #{i + 1} (schedule {v.ScheduleIndex})"),
            new XAttribute("time", "0"),
            new XElement(
                "failure",
                new XAttribute("message", $"{v.Violation.Id}: {v.Violation.Message}"),
                new XAttribute("type", v.Violation.Id),
                $"{replay}verdict: {v.Verdict}\n{string.Join('\n', schedule.Steps.Select(s => s.ToString()))}"));
    }

    private static XElement Property(string name, string value) => new("property", new XAttribute("name", name), new XAttribute("value", value));

    private static string Seconds(double seconds) => seconds.ToString("0.000", CultureInfo.InvariantCulture);
}
