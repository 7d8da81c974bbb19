using System.CommandLine;
using IommuActors.Cli.Commands;
using IommuActors.Cli.Explore;
using IommuActors.Cli.Journaling;
using IommuActors.Cli.Output;
using IommuActors.Cli.Report;
using IommuActors.Cli.Settings;
using IommuActors.Exploration;
using IommuActors.Kernel.Topology;
using IommuActors.Scenarios;

namespace IommuActors.Cli.Stress;

/// <summary>Runs a stress: resolves target, kernel and budget, explores with a progress display, journals, summarises.</summary>
internal static class StressRunner
{
    /// <summary>Violations of one kind confirmed, minimised and journaled; later ones are counted (memory stays flat).</summary>
    public const int KeepPerViolation = 5;

    public static int Run(SettingsReader settings, ParseResult parseResult, StressOptions o)
    {
        var target = parseResult.GetRequiredValue(o.Target);
        var scenario = WithFaults(ScenarioLoader.Load(target), parseResult.GetValue(o.Fault) ?? []);
        ScenarioNotes.Write(scenario, parseResult.InvocationConfiguration.Error);
        var variant = o.Scenario.SelectVariant(parseResult, scenario);
        var kernel = o.Scenario.ResolveKernel(parseResult, variant);
        var concurrent = settings.Choice(o.Dispatcher, ConfigKeys.Dispatcher, StressOptions.Dispatchers) == "concurrent";
        var budget = Budget(parseResult, o);
        var resolved = new ScenarioSettings(settings, parseResult, scenario.Exploration);
        var strategy = parseResult.GetValue(o.Strategy) is { } word ? ExploreOptions.KindOf(word) : StrategyKind.Random;
        if (concurrent && parseResult.GetValue(o.Strategy) is not null)
        {
            throw new UsageException("--strategy applies to the controlled dispatcher; real threads choose the interleaving with --dispatcher concurrent.");
        }

        var workers = settings.NonNegativeInt(o.Workers, ConfigKeys.ExplorationWorkers);
        var options = new ExplorationOptions
        {
            Strategy = strategy,
            Iterations = budget.Iterations,
            Seed = resolved.Seed(o.Seed),
            MaxSteps = resolved.MaxSteps(o.MaxSteps),
            StopOnFirstViolation = false,
            ReplayCheck = settings.Boolean(ConfigKeys.ReplayCheck),
            Workers = concurrent ? 1 : workers,
            Coverage = !concurrent,
            ShouldStop = () => budget.TimeUp,
            KeepPerViolation = KeepPerViolation,
        };

        using var journal = new JournalSession(settings, parseResult);
        var info = ExploreJournal.ForScenario(scenario.Name, scenario.SourceFile, variant.Name, kernel, options);
        if (concurrent)
        {
            info = info with { Strategy = $"concurrent(threads={(workers > 0 ? workers : Environment.ProcessorCount)})" };
        }

        var recorder = journal.Begin(info, null, false, null);
        var program = ScenarioExplorer.Program(scenario, kernel);
        var output = parseResult.InvocationConfiguration.Output;
        var json = parseResult.GetValue(o.Json);
        var run = new StressRun(target, scenario, variant.Name, kernel, concurrent ? "concurrent" : "controlled", budget);
        var (report, memory) = StressProgress.Show(json, output, run, observer => concurrent
            ? TestingEngine.ExploreConcurrent(program, options with { Observer = observer }, workers)
            : TestingEngine.Explore(program, options with { Observer = observer }), recorder);
        var recorded = recorder?.Complete(report);
        JunitFile.Write(parseResult.GetValue(o.Junit), scenario.Name, variant.Name, kernel.ToString(), report, budget.Elapsed.TotalSeconds, recorder);
        var summary = StressSummary.From(run, report, memory, recorded, recorder);
        if (json)
        {
            CliJson.Write(summary, output);
        }
        else
        {
            StressSummaryText.Write(summary, output);
        }

        return (int)(report.Violations.Count > 0 ? ExitCode.ViolationFound : ExitCode.Success);
    }

    private static ScenarioSpec WithFaults(ScenarioSpec scenario, string[] given)
    {
        var faults = scenario.Topology.Faults;
        foreach (var fault in given)
        {
            var eq = fault.IndexOf('=', StringComparison.Ordinal);
            var name = eq < 0 ? fault : fault[..eq];
            if (!FaultSpec.Names.Contains(name))
            {
                throw new UsageException($"--fault: unknown fault '{name}' ({string.Join(" | ", FaultSpec.Names.Select(n => FaultSpec.TakesCount(n) ? n + "=N" : n))}).");
            }

            if (eq >= 0 && !FaultSpec.TakesCount(name))
            {
                throw new UsageException($"--fault: {name} takes no count.");
            }

            var count = eq < 0 ? 1 : int.TryParse(fault[(eq + 1)..], out var n) ? n : -1;
            if (count is < 1 or > FaultSpec.MaxCount)
            {
                throw new UsageException($"--fault: the count in '{fault}' must be a number from 1 to {FaultSpec.MaxCount}.");
            }

            faults = faults.With(name, count);
        }

        return scenario with { Topology = scenario.Topology with { Faults = faults } };
    }

    private static StressBudget Budget(ParseResult parseResult, StressOptions o)
    {
        var iterations = parseResult.GetValue(o.Iterations);
        if (iterations is <= 0)
        {
            throw new UsageException($"--iterations must be positive, not {iterations}.");
        }

        var duration = parseResult.GetValue(o.Duration) is { } text ? StressBudget.ParseDuration(text)
            : iterations is null ? StressBudget.DefaultDuration : StressBudget.IterationsTimeCap;
        return new StressBudget(duration, iterations ?? StressBudget.DefaultIterations);
    }
}

/// <summary>What is being stressed, for the progress display and the summary.</summary>
internal sealed record StressRun(string Target, ScenarioSpec Scenario, string Variant, Kernel.Versions.KernelConfig Kernel, string Dispatcher, StressBudget Budget);
