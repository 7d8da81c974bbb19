using System.Text.Json.Serialization;
using IommuActors.Exploration;

namespace IommuActors.Cli.Explore;

/// <summary>
/// The keys the toy and scenario <c>explore --json</c> documents share. The run's keys (order 0) sit between each
/// document's own leading keys (order -1) and its violations and coverage (order 2); scenarios put their expectation (order 1) in between.
/// </summary>
internal abstract record ExploreSummaryJson
{
    /// <summary>Initializes a new instance of the <see cref="ExploreSummaryJson"/> class.</summary>
    /// <param name="strategy">The strategy's option name.</param>
    /// <param name="report">The report.</param>
    /// <param name="dmesg">Gets a violation's dmesg, or null for none (toys).</param>
    protected ExploreSummaryJson(string strategy, ExplorationReport report, Func<FoundViolation, IReadOnlyList<string>>? dmesg)
    {
        Strategy = strategy;
        StrategyDescription = report.Strategy;
        Seed = report.Seed;
        Schedules = report.Schedules;
        Steps = report.Deliveries;
        Exhaustive = report.Exhaustive;
        MaxSteps = report.MaxSteps;
        SchedulesCutOff = report.SchedulesCutOff;
        Violations = [.. report.Violations.Select(v => ViolationJson.From(v, dmesg?.Invoke(v)))];
        Coverage = CoverageJson.From(report.Coverage);
    }

    public string Strategy { get; }

    public string StrategyDescription { get; }

    public ulong Seed { get; }

    public int Schedules { get; }

    public long Steps { get; }

    public bool Exhaustive { get; }

    public int MaxSteps { get; }

    public int SchedulesCutOff { get; }

    [JsonPropertyOrder(2)]
    public IReadOnlyList<ViolationJson> Violations { get; init; }

    [JsonPropertyOrder(2)]
    public CoverageJson? Coverage { get; }

    /// <summary>Gets where the run was journaled (absent with <c>--journal none</c>).</summary>
    [JsonPropertyOrder(3)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Journaling.JournalJson? Journal { get; init; }
}
