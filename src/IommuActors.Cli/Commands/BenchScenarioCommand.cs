using System.CommandLine;
using IommuActors.Cli.Bench;
using IommuActors.Cli.Explore;
using IommuActors.Cli.Output;
using IommuActors.Cli.Settings;
using IommuActors.Scenarios;

namespace IommuActors.Cli.Commands;

/// <summary><c>bench scenario FILE</c>: throughput of a random exploration of one scenario variant.</summary>
internal static class BenchScenarioCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="global">The global options.</param>
    /// <returns>The command.</returns>
    public static Command Create(GlobalOptions global)
    {
        var file = new Argument<string>("file") { Description = "The scenario file (*.conf)" };
        var scenario = new ScenarioOptions();
        var iterations = CommonOptions.Number("--iterations", "N", "Schedules to time [default: the scenario's exploration.iterations]", ConfigKeys.Iterations);
        var seed = CommonOptions.Seed();
        var maxSteps = CommonOptions.MaxSteps();
        var json = CommonOptions.Json("Print one JSON object instead of text");
        var command = new Command("scenario", "Time a random exploration of a scenario variant: schedules/s, steps/s, steps/schedule") { file };
        foreach (var option in scenario.All.Concat([iterations, seed, maxSteps, json]))
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
            var request = new ScenarioBenchRequest(spec, variant, kernel, resolved.Iterations(iterations), resolved.Seed(seed), resolved.MaxSteps(maxSteps));
            var result = ScenarioBenchmark.Run(request);
            return CommandOutput.Report(parseResult, json, w => CliJson.Write(ScenarioBenchJson.From(result), w), w => ScenarioBenchText.Write(result, w));
        });
        return command;
    }
}
