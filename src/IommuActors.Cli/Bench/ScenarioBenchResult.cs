namespace IommuActors.Cli.Bench;

/// <summary>A timed <c>bench scenario</c>.</summary>
/// <param name="Request">What was measured.</param>
/// <param name="Counts">What the timed schedules did.</param>
/// <param name="Violations">Timed schedules that ended in a violation.</param>
/// <param name="WarmupSchedules">Schedules run untimed first.</param>
/// <param name="Elapsed">Wall time of the timed schedules.</param>
internal sealed record ScenarioBenchResult(ScenarioBenchRequest Request, BenchCounts Counts, int Violations, int WarmupSchedules, TimeSpan Elapsed)
{
    /// <summary>Gets the elapsed time in seconds (never zero, so rates stay finite).</summary>
    public double ElapsedSeconds => Math.Max(Elapsed.TotalSeconds, 1e-9);

    /// <summary>Gets handler runs per second.</summary>
    public double StepsPerSecond => Counts.Steps / ElapsedSeconds;

    /// <summary>Gets schedules per second.</summary>
    public double SchedulesPerSecond => Counts.Schedules / ElapsedSeconds;

    /// <summary>Gets the mean handler runs per schedule.</summary>
    public double StepsPerSchedule => Counts.Schedules == 0 ? 0 : (double)Counts.Steps / Counts.Schedules;
}
