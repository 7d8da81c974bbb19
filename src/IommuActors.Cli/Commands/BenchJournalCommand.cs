using System.CommandLine;
using IommuActors.Cli.Bench;

namespace IommuActors.Cli.Commands;

/// <summary>
/// <c>bench journal</c>: violations and record-all schedules written per second on SQLite and PostgreSQL, and the
/// journaling overhead of <c>explore</c>.
/// </summary>
internal static class BenchJournalCommand
{
    /// <summary>Violations written per backend when <c>--violations</c> is absent.</summary>
    public const int DefaultViolations = 2000;

    /// <summary>Schedules appended per backend when <c>--schedules</c> is absent.</summary>
    public const int DefaultSchedules = 20_000;

    /// <summary>Schedules of each timed explore when <c>--explore-iterations</c> is absent.</summary>
    public const int DefaultExploreIterations = 1000; // explore's own default (iommu-actors.exploration.iterations)

    /// <summary>Timed explores per mode.</summary>
    public const int ExploreRuns = 15;

    private static readonly string[] Backends = ["sqlite", "postgres", "both"];

    /// <summary>Creates the command.</summary>
    /// <returns>The command.</returns>
    public static Command Create()
    {
        var backend = new Option<string>("--backend")
        {
            Description = $"sqlite (a temp file), postgres (a fresh schema on ${JournalBenchmark.PostgresVariable}) or both",
            HelpName = "sqlite|postgres|both",
            DefaultValueFactory = _ => "sqlite",
        };
        var violations = new Option<int?>("--violations") { Description = $"Violations to write per backend [default: {DefaultViolations}]", HelpName = "N" };
        var schedules = new Option<int?>("--schedules") { Description = $"Schedules to append per backend, in batches of 100 [default: {DefaultSchedules}]", HelpName = "N" };
        var exploreIterations = new Option<int?>("--explore-iterations")
        {
            Description = $"Schedules of each timed explore (median of {ExploreRuns}, --journal none against SQLite); 0 skips it [default: {DefaultExploreIterations}]",
            HelpName = "N",
        };
        var exploreStrategy = new Option<string?>("--explore-strategy")
        {
            Description = "Strategy of each timed explore [default: explore's configured default]",
            HelpName = "STRATEGY",
        };
        var json = CommonOptions.Json("Print one JSON object instead of text");
        var command = new Command("journal", "Violations and record-all schedules written per second per journal backend, and the journaling overhead of explore")
        {
            backend, violations, schedules, exploreIterations, exploreStrategy, json,
        };
        command.SetAction(parseResult =>
        {
            var chosen = parseResult.GetValue(backend) ?? "sqlite";
            if (!Backends.Contains(chosen))
            {
                throw new UsageException($"{backend.Name} must be sqlite, postgres or both, got '{chosen}'.");
            }

            var explore = parseResult.GetValue(exploreIterations) ?? DefaultExploreIterations;
            if (explore < 0)
            {
                throw new UsageException($"{exploreIterations.Name} must not be negative, got {explore}.");
            }

            var request = new JournalBenchRequest(
                chosen == "both" ? ["sqlite", "postgres"] : [chosen],
                CommonOptions.Positive(parseResult, violations, DefaultViolations),
                CommonOptions.Positive(parseResult, schedules, DefaultSchedules),
                explore,
                ExploreRuns,
                parseResult.GetValue(exploreStrategy));
            var result = JournalBenchmark.Run(request);
            return CommandOutput.Report(parseResult, json, w => JournalBenchJsonContext.Write(result, w), w => result.WriteText(w));
        });
        return command;
    }
}
