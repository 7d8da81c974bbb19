using System.CommandLine;
using IommuActors.Cli.Commands;
using IommuActors.Cli.Settings;

namespace IommuActors.Cli.Stress;

/// <summary>The options of <c>iommu-actors stress</c>.</summary>
internal sealed class StressOptions
{
    public static readonly string[] Dispatchers = ["controlled", "concurrent"];

    public Argument<string> Target { get; } = new("target") { Description = StressTarget.Help };

    public Option<string?> Dispatcher { get; } = Named(
        CommonOptions.Choice("--dispatcher", "controlled: sampled schedules at full speed; concurrent: real threads, each run rebuilt as a controlled schedule", ConfigKeys.Dispatcher, Dispatchers), "name");

    public Option<string?> Duration { get; } = new("--duration")
    {
        HelpName = "TIME",
        Description = $"Stop after this long, e.g. 60s, 10m, 1h [default: {StressBudget.DefaultDuration.TotalSeconds:0}s; with --iterations, {StressBudget.IterationsTimeCap.TotalHours:0}h]",
    };

    public Option<int?> Iterations { get; } = new("--iterations") { HelpName = "N", Description = "Stop after N schedules (runs, with the concurrent dispatcher)" };

    public Option<int?> Workers { get; } = CommonOptions.Number(
        "--workers", "N", "controlled: worker threads sampling schedules (random strategy); concurrent: real threads per run. 0: one per core", ConfigKeys.ExplorationWorkers);

    public Option<string?> Strategy { get; } = Strategies();

    public Option<string[]> Fault { get; } = new("--fault")
    {
        HelpName = "FAULT",
        Description = "Let the explorer inject a fault, as a recorded choice: probe-failures (one -EIO per device) | defer-storm=N (up to N extra -EPROBE_DEFER per device during boot) | late-iommu-drivers (an IOMMU driver loads after boot) | unbind-rebind=N | vfio-churn=N; repeatable, adds to the scenario's faults { }",
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<string?> Seed { get; } = CommonOptions.Seed();

    public Option<int?> MaxSteps { get; } = CommonOptions.MaxSteps();

    public Option<bool> Json { get; } = CommonOptions.Json("Print one JSON object (the summary) instead of the progress bar and table");

    public Option<string?> Junit { get; } = Commands.ExploreOptions.JunitOption();

    public ScenarioOptions Scenario { get; } = new();

    private static Option<string?> Strategies()
    {
        var option = new Option<string?>("--strategy") { HelpName = "name", Description = "Controlled sampling strategy: random | pct | delay | probabilistic | portfolio [default: random, the one that uses every worker]" };
        option.AcceptOnlyFromAmong("random", "pct", "delay", "probabilistic", "portfolio");
        return option;
    }

    private static Option<string?> Named(Option<string?> option, string helpName)
    {
        option.HelpName = helpName;
        return option;
    }
}
