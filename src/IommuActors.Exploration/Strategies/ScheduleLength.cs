namespace IommuActors.Exploration.Strategies;

/// <summary>
/// The schedule length k that PCT and delay bounding spread their change points over: a first guess, then the
/// longest schedule (in contested scheduling decisions) seen so far. A portfolio shares one estimate among its members.
/// </summary>
internal sealed class ScheduleLength
{
    private bool _observed;

    /// <summary>Initializes a new instance of the <see cref="ScheduleLength"/> class.</summary>
    /// <param name="initial">The guess used before any schedule has completed (positive).</param>
    public ScheduleLength(int initial)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(initial);
        Estimate = initial;
    }

    /// <summary>Gets the current estimate (at least 1).</summary>
    public int Estimate { get; private set; }

    /// <summary>Records the length of a completed schedule.</summary>
    /// <param name="decisions">The contested scheduling decisions it took.</param>
    public void Observe(int decisions)
    {
        var length = Math.Max(1, decisions);
        Estimate = _observed ? Math.Max(Estimate, length) : length;
        _observed = true;
    }
}
