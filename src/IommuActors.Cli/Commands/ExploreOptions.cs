using System.CommandLine;
using IommuActors.Cli.Settings;
using IommuActors.Exploration;

namespace IommuActors.Cli.Commands;

/// <summary>The options of <c>explore</c>.</summary>
internal sealed class ExploreOptions
{
    /// <summary>The strategy words, each with its kind.</summary>
    private static readonly (string Word, StrategyKind Kind)[] Words =
    [
        ("random", StrategyKind.Random),
        ("dfs", StrategyKind.Dfs),
        ("pct", StrategyKind.Pct),
        ("delay", StrategyKind.DelayBounding),
        ("probabilistic", StrategyKind.Probabilistic),
        ("portfolio", StrategyKind.Portfolio),
        ("dpor", StrategyKind.Dpor),
    ];

    /// <summary>The strategy words.</summary>
    public static readonly string[] Strategies = [.. Words.Select(w => w.Word)];

    /// <summary>Gets <c>--strategy</c>.</summary>
    public Option<string?> Strategy { get; } = Named(
        CommonOptions.Choice("--strategy", $"Exploration strategy: {string.Join(" | ", Strategies)}", ConfigKeys.Strategy, Strategies), "name");

    /// <summary>Gets <c>--strategy-bound</c>.</summary>
    public Option<int?> StrategyBound { get; } = CommonOptions.Number(
        "--strategy-bound",
        "N",
        "Bound of pct (bug depth, default 3), delay (delays per schedule, default 2), probabilistic (switch with probability 1/N, default 10)",
        ConfigKeys.StrategyBound);

    /// <summary>Gets <c>--iterations</c>.</summary>
    public Option<int?> Iterations { get; } = CommonOptions.Number("--iterations", "N", "Schedules to explore (dfs stops when exhausted)", ConfigKeys.Iterations);

    /// <summary>Gets <c>--seed</c>.</summary>
    public Option<string?> Seed { get; } = CommonOptions.Seed();

    /// <summary>Gets <c>--max-steps</c>.</summary>
    public Option<int?> MaxSteps { get; } = CommonOptions.MaxSteps();

    /// <summary>Gets <c>--workers</c>.</summary>
    public Option<int?> Workers { get; } = CommonOptions.Number(
        "--workers", "N", "Worker threads for random and probabilistic exploration (0: one per core); other strategies run on one", ConfigKeys.ExplorationWorkers);

    /// <summary>Gets <c>--all</c>.</summary>
    public Option<bool> All { get; } = new("--all") { Description = $"Keep exploring after the first violation\n[same as {ConfigKeys.StopOnFirstViolation} = false]" };

    /// <summary>Gets <c>--resume</c>.</summary>
    public Option<long?> Resume { get; } = new("--resume")
    {
        HelpName = "RUN",
        Description = "Continue an interrupted run from its last checkpoint (random, probabilistic, pct, delay, portfolio, dfs); its target, strategy, seed, budget and kernel are reused",
    };

    /// <summary>Gets <c>--record-all</c>.</summary>
    public Option<bool> RecordAll { get; } = new("--record-all") { Description = "Also append every explored schedule, deflated, to the event journal (stream run-ID)" };

    /// <summary>Gets <c>--progress</c>.</summary>
    public Option<bool> Progress { get; } = new("--progress") { Description = "Print 'checkpoint: N schedules' at each journal checkpoint (every 500 schedules and after each violation)" };

    /// <summary>Gets <c>--json</c>.</summary>
    public Option<bool> Json { get; } = CommonOptions.Json("Print one JSON object instead of text");

    public Option<string?> Junit { get; } = JunitOption();

    public static Option<string?> JunitOption() => new("--junit")
    {
        HelpName = "FILE",
        Description = "Also write JUnit XML: one failing test case per violation, or one passing case for the scenario and variant",
    };

    /// <summary>Gets the scenario options.</summary>
    public ScenarioOptions Scenario { get; } = new();

    /// <summary>Maps a strategy word to its kind.</summary>
    /// <param name="word">One of <see cref="Strategies"/>.</param>
    /// <returns>The kind.</returns>
    public static StrategyKind KindOf(string word) => Words.First(w => w.Word == word).Kind;

    /// <summary>Maps a strategy kind to the word that selects it.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The word, e.g. <c>delay</c>.</returns>
    public static string NameOf(StrategyKind kind) => Words.First(w => w.Kind == kind).Word;

    /// <summary>Shows a short placeholder instead of the list of choices, which would widen the help's first column.</summary>
    private static Option<string?> Named(Option<string?> option, string helpName)
    {
        option.HelpName = helpName;
        return option;
    }

    /// <summary>Resolves the strategy bound: <c>--strategy-bound</c>, else the configuration, else the strategy's default (null).</summary>
    /// <param name="settings">Flags over configuration.</param>
    /// <param name="strategy">The strategy it applies to.</param>
    /// <returns>The bound, or null for the strategy's default.</returns>
    /// <exception cref="UsageException">The bound is out of range, or given on the command line for a strategy without one.</exception>
    public int? ResolveStrategyBound(SettingsReader settings, StrategyKind strategy)
    {
        if (strategy is not (StrategyKind.Pct or StrategyKind.DelayBounding or StrategyKind.Probabilistic))
        {
            return settings.IsExplicit(StrategyBound)
                ? throw new UsageException($"{StrategyBound.Name} applies to pct, delay and probabilistic only, not to {NameOf(strategy)}.")
                : null;
        }

        var minimum = strategy == StrategyKind.DelayBounding ? 0 : 1;
        return settings.OptionalInt(StrategyBound, ConfigKeys.StrategyBound, minimum, $"for {NameOf(strategy)}");
    }
}
