namespace IommuActors.Cli.Bench;

/// <summary>A timed benchmark.</summary>
/// <param name="Request">What was measured.</param>
/// <param name="Counts">What the timed runs did.</param>
/// <param name="WarmupSchedules">Schedules run untimed before the measurement.</param>
/// <param name="Elapsed">Wall time of the timed runs.</param>
internal sealed record BenchResult(PingPongRequest Request, BenchCounts Counts, int WarmupSchedules, TimeSpan Elapsed)
{
    /// <summary>Gets what the timed runs allocated and collected (all threads).</summary>
    public BenchMemory Memory { get; init; } = new(0, 0, 0);

    /// <summary>Gets the bytes allocated per schedule.</summary>
    public double BytesPerSchedule => Counts.Schedules == 0 ? 0 : (double)Memory.AllocatedBytes / Counts.Schedules;

    /// <summary>Gets the elapsed time in seconds (never zero, so rates stay finite).</summary>
    public double ElapsedSeconds => Math.Max(Elapsed.TotalSeconds, 1e-9);

    /// <summary>Gets deliveries per second.</summary>
    public double StepsPerSecond => Counts.Steps / ElapsedSeconds;

    /// <summary>Gets schedules per second.</summary>
    public double SchedulesPerSecond => Counts.Schedules / ElapsedSeconds;

    /// <summary>Gets the mean deliveries per schedule.</summary>
    public double StepsPerSchedule => Counts.Schedules == 0 ? 0 : (double)Counts.Steps / Counts.Schedules;
}
