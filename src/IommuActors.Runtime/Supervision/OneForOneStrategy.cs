namespace IommuActors.Runtime;

/// <summary>Applies the decider's directive to the failing child only.</summary>
public sealed class OneForOneStrategy : SupervisorStrategy
{
    private readonly Func<Exception, Directive> _decider;

    /// <summary>Creates a strategy with unlimited restarts.</summary>
    /// <param name="decider">Maps a failure to a directive.</param>
    public OneForOneStrategy(Func<Exception, Directive> decider)
        : this(-1, TimeSpan.Zero, decider)
    {
    }

    /// <summary>Creates a strategy that stops a child restarted more than <paramref name="maxNumberOfRetries"/> times.</summary>
    /// <param name="maxNumberOfRetries">Restart limit; -1 is unlimited.</param>
    /// <param name="withinTimeRange">Virtual-time window for the limit; zero means forever.</param>
    /// <param name="decider">Maps a failure to a directive.</param>
    public OneForOneStrategy(int maxNumberOfRetries, TimeSpan withinTimeRange, Func<Exception, Directive> decider)
    {
        ArgumentNullException.ThrowIfNull(decider);
        MaxNumberOfRetries = maxNumberOfRetries;
        WithinTimeRange = withinTimeRange;
        _decider = decider;
    }

    /// <inheritdoc/>
    public override int MaxNumberOfRetries { get; }

    /// <inheritdoc/>
    public override TimeSpan WithinTimeRange { get; }

    /// <inheritdoc/>
    public override Directive Decide(Exception exception) => _decider(exception);
}
