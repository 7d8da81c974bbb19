namespace IommuActors.Cli.Bench;

/// <summary>One seed's exploration in <c>bench strategies</c>.</summary>
/// <param name="Seed">The seed.</param>
/// <param name="Schedules">Schedules up to and including the first violating one, or null when the budget found none.</param>
/// <param name="Explored">Schedules explored (the budget when none was found).</param>
/// <param name="Elapsed">Wall time of the exploration (to the first violation when one was found).</param>
/// <param name="ViolationId">The first violation's id, or null.</param>
internal sealed record StrategyBenchRun(ulong Seed, int? Schedules, int Explored, TimeSpan Elapsed, string? ViolationId)
{
    /// <summary>Gets a value indicating whether this seed found a violation.</summary>
    public bool Found => Schedules is not null;
}
