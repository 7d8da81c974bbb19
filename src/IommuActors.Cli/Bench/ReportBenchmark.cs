using System.Globalization;
using IommuActors.Cli.Report;
using IommuActors.Exploration;
using IommuActors.Exploration.Strategies;
using IommuActors.Kernel;
using IommuActors.Kernel.Versions;
using IommuActors.Runtime.Scheduling;
using IommuActors.Scenarios;

namespace IommuActors.Cli.Bench;

/// <summary>
/// How fast a report opens: renders the report of an N-delivery schedule of a generated Apple-like SoC (mainline,
/// random schedule cut at N deliveries), loads it in headless Chromium K times and reads the DOMContentLoaded time
/// the page records (<c>performance</c> navigation timing).
/// </summary>
internal static class ReportBenchmark
{
    public static (int Deliveries, long Bytes, IReadOnlyList<int> DomContentLoadedMs) Run(int deliveries, int repeat)
    {
        var scenario = ScenarioLoader.Load("gen:apple-soc,usb=4,extra-devices=120");
        var kernel = KernelConfig.Resolve("6.15", [], []);
        var program = KernelModel.Build(scenario.Topology, kernel);
        Schedule? schedule = null;
        for (var i = 0; schedule is null && i < 50; i++)
        {
            var strategy = new RandomExplorationStrategy(1);
            strategy.PrepareIteration(i);
            var run = TestingEngine.RunOnce(program, strategy, 100_000);
            schedule = Cut(run.Schedule, deliveries);
        }

        var model = ReportBuilder.FromSchedule(scenario.Topology, kernel, schedule ?? throw new InvalidOperationException($"no schedule of {deliveries} deliveries"), "report-benchmark");
        var page = Path.Combine(Path.GetTempPath(), $"iommu-actors-report-bench-{Environment.ProcessId}.html");
        File.WriteAllText(page, HtmlReport.Render(model));
        try
        {
            var times = new List<int>();
            for (var k = 0; k < repeat; k++)
            {
                var (dom, _) = HeadlessChromium.Load(page);
                var ms = HeadlessChromium.BodyData(dom, "dom-content-loaded-ms") ?? throw new InvalidOperationException("the page did not record its DOMContentLoaded time");
                times.Add(int.Parse(ms, CultureInfo.InvariantCulture));
            }

            return (model.Steps.Count, new FileInfo(page).Length, times);
        }
        finally
        {
            File.Delete(page);
        }
    }

    /// <summary>The schedule up to and including its N-th delivery (with that delivery's data choices), or null when it is shorter.</summary>
    private static Schedule? Cut(Schedule schedule, int deliveries)
    {
        var seen = 0;
        for (var i = 0; i < schedule.Count; i++)
        {
            if (schedule.Steps[i].Kind is StepKind.Deliver or StepKind.Timer && ++seen == deliveries + 1)
            {
                return new Schedule([.. schedule.Steps.Take(i)]);
            }
        }

        return seen == deliveries ? schedule : null;
    }
}
