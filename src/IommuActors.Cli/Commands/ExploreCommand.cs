using System.CommandLine;
using IommuActors.Cli.Explore;
using IommuActors.Cli.Output;
using IommuActors.Cli.Settings;
using IommuActors.Exploration;

namespace IommuActors.Cli.Commands;

/// <summary><c>explore TARGET</c>: search a program's schedules for invariant violations.</summary>
internal static class ExploreCommand
{
    private static readonly string[] Strategies = ["random", "dfs"];

    /// <summary>Creates the command.</summary>
    /// <param name="global">The global options.</param>
    /// <returns>The command.</returns>
    public static Command Create(GlobalOptions global)
    {
        var target = new Argument<string>("target") { Description = $"The program to explore: {string.Join(" | ", ExploreTargets.Names)}" };
        var strategy = CommonOptions.Choice("--strategy", "Exploration strategy", ConfigKeys.Strategy, Strategies);
        var iterations = CommonOptions.Number("--iterations", "N", "Schedules to explore (dfs stops when exhausted)", ConfigKeys.Iterations);
        var seed = CommonOptions.Seed();
        var maxSteps = CommonOptions.MaxSteps();
        var all = new Option<bool>("--all") { Description = $"Keep exploring after the first violation\n[same as {ConfigKeys.StopOnFirstViolation} = false]" };
        var json = CommonOptions.Json("Print one JSON object instead of text");
        var command = new Command("explore", "Explore schedules of a program and report invariant violations (exit 2 when one is found)")
        {
            target, strategy, iterations, seed, maxSteps, all, json,
        };
        command.SetAction(parseResult =>
        {
            var settings = new SettingsReader(global.LoadConfig(parseResult), parseResult);
            var name = parseResult.GetRequiredValue(target);
            var program = ExploreTargets.Resolve(name);
            var options = new ExplorationOptions
            {
                Strategy = settings.Choice(strategy, ConfigKeys.Strategy, Strategies) == "dfs" ? StrategyKind.Dfs : StrategyKind.Random,
                Iterations = settings.PositiveInt(iterations, ConfigKeys.Iterations),
                Seed = settings.Seed(seed, ConfigKeys.Seed, parseResult.InvocationConfiguration.Error),
                MaxSteps = settings.PositiveInt(maxSteps, ConfigKeys.MaxSteps),
                StopOnFirstViolation = !parseResult.GetValue(all) && settings.Boolean(ConfigKeys.StopOnFirstViolation),
                ReplayCheck = settings.Boolean(ConfigKeys.ReplayCheck),
            };
            var request = new ExploreRequest(name, program, options);
            var report = TestingEngine.Explore(program, options);
            var output = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(json))
            {
                CliJson.Write(ExploreJson.From(request, report), output);
            }
            else
            {
                ExploreText.Write(request, report, output);
            }

            return (int)(report.Violations.Count > 0 ? ExitCode.ViolationFound : ExitCode.Success);
        });
        return command;
    }
}
