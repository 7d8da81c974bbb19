using System.CommandLine;
using IommuActors.Cli.Explore;
using IommuActors.Cli.Journaling;
using IommuActors.Cli.Output;
using IommuActors.Cli.Report;
using IommuActors.Cli.Settings;
using IommuActors.Exploration;

namespace IommuActors.Cli.Commands;

/// <summary><c>explore TARGET</c>: search a scenario's (or a toy program's) schedules for invariant violations.</summary>
internal static class ExploreCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="global">The global options.</param>
    /// <returns>The command.</returns>
    public static Command Create(GlobalOptions global)
    {
        var target = new Argument<string>("target")
        {
            Description = $"A scenario file (*.conf, e.g. scenarios/NAME.conf), a device tree (*.dts), a generator (gen:apple-soc[,key=value...]) or a built-in toy: {string.Join(" | ", ExploreTargets.Names)}",
        };
        var o = new ExploreOptions();
        var command = new Command("explore", "Explore a scenario's schedules and report invariant violations (exit 2 when one is found)")
        {
            target, o.Strategy, o.StrategyBound, o.Iterations, o.Seed, o.MaxSteps, o.Workers, o.All, o.Resume, o.RecordAll, o.Progress, o.Junit,
        };
        foreach (var option in o.Scenario.All.Append(o.Json))
        {
            command.Add(option);
        }

        command.SetAction(parseResult =>
        {
            var settings = new SettingsReader(global.LoadConfig(parseResult), parseResult);
            var name = parseResult.GetRequiredValue(target);
            return ExploreTargets.IsScenarioFile(name)
                ? ScenarioExplore.Run(name, settings, parseResult, o)
                : ExploreToy(name, settings, parseResult, o);
        });
        return command;
    }

    private static int ExploreToy(string name, SettingsReader settings, ParseResult parseResult, ExploreOptions o)
    {
        var program = ExploreTargets.Resolve(name);
        if (o.Scenario.FirstGiven(parseResult) is { } option)
        {
            throw new UsageException($"{option} applies to scenario files only, not to '{name}'.");
        }

        using var journal = new JournalSession(settings, parseResult);
        var resume = JournaledExplore.LoadResume(journal, parseResult, o);
        if (resume is not null && (resume.Run.Info.SourceFile is not null || resume.Run.Info.Scenario != name))
        {
            throw new UsageException($"--resume: run {resume.RunId} explored {resume.Run.Info.SourceFile ?? resume.Run.Info.Scenario}, not '{name}'.");
        }

        var strategy = resume?.Strategy ?? ExploreOptions.KindOf(settings.Choice(o.Strategy, ConfigKeys.Strategy, ExploreOptions.Strategies));
        var options = new ExplorationOptions
        {
            Strategy = strategy,
            StrategyBound = o.ResolveStrategyBound(settings, strategy),
            Iterations = settings.PositiveInt(o.Iterations, ConfigKeys.Iterations),
            Seed = settings.Seed(o.Seed, ConfigKeys.Seed, parseResult.InvocationConfiguration.Error),
            MaxSteps = settings.PositiveInt(o.MaxSteps, ConfigKeys.MaxSteps),
            StopOnFirstViolation = !parseResult.GetValue(o.All) && settings.Boolean(ConfigKeys.StopOnFirstViolation),
            ReplayCheck = settings.Boolean(ConfigKeys.ReplayCheck),
            Workers = settings.NonNegativeInt(o.Workers, ConfigKeys.ExplorationWorkers),
            Coverage = true,
        };
        if (resume is not null)
        {
            options = JournaledExplore.ApplyResume(resume, settings, parseResult, o, options);
        }

        var request = new ExploreRequest(name, program, options);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var (report, recorder, recorded) = JournaledExplore.Run(
            journal, ExploreJournal.ForToy(name, options), resume, parseResult, o, options, opts => TestingEngine.Explore(program, opts));
        JunitFile.Write(parseResult.GetValue(o.Junit), name, "-", "-", report, clock.Elapsed.TotalSeconds, recorder);
        var output = parseResult.InvocationConfiguration.Output;
        if (parseResult.GetValue(o.Json))
        {
            var document = ExploreJson.From(request, report);
            JournaledExplore.WriteJson(w => CliJson.Write(document with { Journal = recorded, Violations = JournaledExplore.WithJournalIds(document.Violations, recorder) }, w), recorder, output);
        }
        else
        {
            ExploreText.Write(request, report, output);
            JournaledExplore.WriteLines(recorder, recorded, resume, output);
        }

        var found = report.Violations.Count > 0 || recorded?.ViolationIds.Count > 0;
        return (int)(found ? ExitCode.ViolationFound : ExitCode.Success);
    }
}
