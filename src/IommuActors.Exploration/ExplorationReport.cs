using IommuActors.Exploration.Coverage;

namespace IommuActors.Exploration;

/// <summary>What an exploration did and found. Deterministic: the same program and options give the same report.</summary>
/// <param name="Program">The program name.</param>
/// <param name="Strategy">The strategy with its parameters.</param>
/// <param name="Seed">The seed.</param>
/// <param name="Schedules">Schedules explored.</param>
/// <param name="Deliveries">Handler runs over all schedules.</param>
/// <param name="Exhaustive">True when a systematic strategy enumerated every schedule and none hit the step bound.</param>
/// <param name="MaxSteps">The step bound.</param>
/// <param name="SchedulesCutOff">Schedules the step bound cut off.</param>
/// <param name="Violations">Violations found.</param>
public sealed record ExplorationReport(
    string Program,
    string Strategy,
    ulong Seed,
    int Schedules,
    long Deliveries,
    bool Exhaustive,
    int MaxSteps,
    int SchedulesCutOff,
    IReadOnlyList<FoundViolation> Violations)
{
    /// <summary>Gets the coverage of the exploration, or null when <see cref="ExplorationOptions.Coverage"/> was off.</summary>
    /// <value>The default value is null.</value>
    public CoverageReport? Coverage { get; init; }

    /// <summary>Gets how many violations of each id were found, including those not kept (<see cref="ExplorationOptions.KeepPerViolation"/>).</summary>
    public IReadOnlyDictionary<string, int> ViolationCounts { get; init; } = new Dictionary<string, int>();
}
