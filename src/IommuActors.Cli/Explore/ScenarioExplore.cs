using System.CommandLine;
using IommuActors.Cli.Commands;
using IommuActors.Cli.Output;
using IommuActors.Cli.Settings;
using IommuActors.Exploration;
using IommuActors.Scenarios;

using IommuActors.Cli.Journaling;

namespace IommuActors.Cli.Explore;

/// <summary><c>explore FILE.conf</c>: load the scenario, pick the variant and kernel, explore, report.</summary>
internal static class ScenarioExplore
{
    /// <summary>Runs the exploration.</summary>
    /// <param name="file">The scenario file.</param>
    /// <param name="settings">Flags over configuration.</param>
    /// <param name="parseResult">The parse result.</param>
    /// <param name="o">The command's options.</param>
    /// <returns>The exit code: 2 when a violation was found.</returns>
    /// <exception cref="ScenarioException">The file is missing or invalid.</exception>
    public static int Run(string file, SettingsReader settings, ParseResult parseResult, ExploreOptions o)
    {
        var scenario = ScenarioLoader.Load(file);
        var variant = o.Scenario.SelectVariant(parseResult, scenario);
        var kernel = o.Scenario.ResolveKernel(parseResult, variant);
        var resolved = new ScenarioSettings(settings, parseResult, scenario.Exploration);
        var strategy = resolved.Strategy(o.Strategy);
        var options = new ExplorationOptions
        {
            Strategy = strategy,
            StrategyBound = o.ResolveStrategyBound(settings, strategy),
            Iterations = resolved.Iterations(o.Iterations),
            Seed = resolved.Seed(o.Seed),
            MaxSteps = resolved.MaxSteps(o.MaxSteps),
            StopOnFirstViolation = !parseResult.GetValue(o.All) && settings.Boolean(ConfigKeys.StopOnFirstViolation),
            ReplayCheck = settings.Boolean(ConfigKeys.ReplayCheck),
            Workers = settings.NonNegativeInt(o.Workers, ConfigKeys.ExplorationWorkers),
            Coverage = true,
        };
        using var journal = new JournalSession(settings, parseResult);
        var run = ScenarioExplorer.Explore(scenario, variant, kernel, options);
        var recorded = journal.Record(ExploreJournal.ForScenario(scenario.Name, scenario.SourceFile, variant.Name, kernel, run.Report, options), run.Report);
        var output = parseResult.InvocationConfiguration.Output;
        if (parseResult.GetValue(o.Json))
        {
            CliJson.Write(ScenarioExploreJson.From(run) with { Journal = recorded }, output);
        }
        else
        {
            ScenarioExploreText.Write(run, output);
            if (recorded is not null)
            {
                output.WriteLine(ExploreJournal.Line(recorded));
            }
        }

        return (int)(run.Report.Violations.Count > 0 ? ExitCode.ViolationFound : ExitCode.Success);
    }
}
