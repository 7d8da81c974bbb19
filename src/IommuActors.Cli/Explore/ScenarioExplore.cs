using System.CommandLine;
using IommuActors.Cli.Commands;
using IommuActors.Cli.Output;
using IommuActors.Cli.Report;
using IommuActors.Cli.Settings;
using IommuActors.Exploration;
using IommuActors.Cli.Journaling;
using IommuActors.Kernel.Versions;
using IommuActors.Scenarios;

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
        ScenarioNotes.Write(scenario, parseResult.InvocationConfiguration.Error);
        using var journal = new JournalSession(settings, parseResult);
        var resume = JournaledExplore.LoadResume(journal, parseResult, o);
        var variant = resume is null ? o.Scenario.SelectVariant(parseResult, scenario) : ResumedVariant(resume, scenario, parseResult, o);
        var kernel = resume is null ? o.Scenario.ResolveKernel(parseResult, variant) : ResumedKernel(resume);
        var resolved = new ScenarioSettings(settings, parseResult, scenario.Exploration);
        var strategy = resume?.Strategy ?? resolved.Strategy(o.Strategy);
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
        if (resume is not null)
        {
            options = JournaledExplore.ApplyResume(resume, settings, parseResult, o, options);
        }

        ScenarioRun? run = null;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var info = ExploreJournal.ForScenario(scenario.Name, scenario.SourceFile, variant.Name, kernel, options);
        var (report, recorder, recorded) = JournaledExplore.Run(journal, info, resume, parseResult, o, options, opts =>
        {
            run = ScenarioExplorer.Explore(scenario, variant, kernel, opts);
            return run.Report;
        });
        run = run! with { Report = report };
        JunitFile.Write(parseResult.GetValue(o.Junit), scenario.Name, variant.Name, kernel.ToString(), report, clock.Elapsed.TotalSeconds, recorder);
        var output = parseResult.InvocationConfiguration.Output;
        if (parseResult.GetValue(o.Json))
        {
            var document = ScenarioExploreJson.From(run);
            JournaledExplore.WriteJson(w => CliJson.Write(document with { Journal = recorded, Violations = JournaledExplore.WithJournalIds(document.Violations, recorder) }, w), recorder, output);
        }
        else
        {
            ScenarioExploreText.Write(run, output);
            JournaledExplore.WriteLines(recorder, recorded, resume, output);
        }

        var found = report.Violations.Count > 0 || recorded?.ViolationIds.Count > 0;
        return (int)(found ? ExitCode.ViolationFound : ExitCode.Success);
    }

    private static VariantSpec ResumedVariant(RunResume resume, ScenarioSpec scenario, ParseResult parseResult, ExploreOptions o)
    {
        var info = resume.Run.Info;
        if (info.SourceFile is null || !string.Equals(info.SourceFile, Path.GetFullPath(scenario.SourceFile), StringComparison.Ordinal))
        {
            throw new UsageException($"--resume: run {resume.RunId} explored {info.SourceFile ?? info.Scenario}, not '{scenario.SourceFile}'.");
        }

        if (parseResult.GetValue(o.Scenario.Variant) is { } given)
        {
            resume.Require(true, "--variant", given, info.Variant);
        }

        if (new Option[] { o.Scenario.Kernel, o.Scenario.Fix, o.Scenario.WithoutFix }.FirstOrDefault(f => parseResult.GetResult(f) is { Implicit: false }) is { } option)
        {
            throw new UsageException($"{option.Name} cannot be given with --resume: run {resume.RunId} boots kernel {string.Join(' ', info.Fixes.Prepend(info.Kernel ?? "?"))}.");
        }

        return scenario.FindVariant(info.Variant ?? string.Empty)
            ?? throw new UsageException($"--resume: run {resume.RunId} explored variant '{info.Variant}', which {scenario.SourceFile} no longer declares.");
    }

    private static KernelConfig ResumedKernel(RunResume resume) => JournaledViolation.KernelOf(resume.Run.Info, $"--resume: run {resume.RunId}");
}
