using System.CommandLine;
using IommuActors.Cli.Bench;
using IommuActors.Cli.Explore;
using IommuActors.Cli.Settings;
using IommuActors.Scenarios;

namespace IommuActors.Cli.Commands;

/// <summary><c>bench strategies FILE</c>: how many schedules and how much time each strategy needs to find a variant's first violation.</summary>
internal static class BenchStrategiesCommand
{
    /// <summary>Seeds per strategy when <c>--seeds</c> is absent.</summary>
    public const int DefaultSeeds = 20;

    /// <summary>The schedule budget per seed when <c>--max-schedules</c> is absent.</summary>
    public const int DefaultMaxSchedules = 10_000;

    /// <summary>Creates the command.</summary>
    /// <param name="global">The global options.</param>
    /// <returns>The command.</returns>
    public static Command Create(GlobalOptions global)
    {
        var file = new Argument<string>("file") { Description = "The scenario file (*.conf)" };
        var scenario = new ScenarioOptions();
        var seeds = new Option<int?>("--seeds") { Description = $"Explore with seeds 1..N per strategy [default: {DefaultSeeds}]", HelpName = "N" };
        var maxSchedules = new Option<int?>("--max-schedules")
        {
            Description = $"Schedule budget per seed; a seed that finds nothing counts as more [default: {DefaultMaxSchedules}]",
            HelpName = "N",
        };
        var maxSteps = CommonOptions.MaxSteps();
        var json = CommonOptions.Json("Print one JSON object instead of text");
        var command = new Command(
            "strategies",
            "Median schedules and time to a scenario variant's first violation per strategy, over seeds 1..N")
        {
            file,
        };
        foreach (var option in scenario.All.Concat([seeds, maxSchedules, maxSteps, json]))
        {
            command.Add(option);
        }

        command.SetAction(parseResult =>
        {
            var settings = new SettingsReader(global.LoadConfig(parseResult), parseResult);
            var spec = ScenarioLoader.Load(parseResult.GetRequiredValue(file));
            var variant = scenario.SelectVariant(parseResult, spec);
            var kernel = scenario.ResolveKernel(parseResult, variant);
            var resolved = new ScenarioSettings(settings, parseResult, spec.Exploration);
            var request = new StrategyBenchRequest(
                spec,
                variant,
                kernel,
                StrategyBenchRequest.DefaultStrategies,
                CommonOptions.Positive(parseResult, seeds, DefaultSeeds),
                CommonOptions.Positive(parseResult, maxSchedules, DefaultMaxSchedules),
                resolved.MaxSteps(maxSteps));
            var result = StrategyBenchmark.Run(request);
            return CommandOutput.Report(parseResult, json, w => StrategyBenchJsonContext.Write(StrategyBenchJson.From(result), w), w => StrategyBenchText.Write(result, w));
        });
        return command;
    }
}
