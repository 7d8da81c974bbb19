using IommuActors.Runtime.Scheduling;

namespace IommuActors.Exploration.Strategies;

/// <summary>
/// A portfolio in the manner of Coyote's default: schedule i runs member i mod 6 of random, pct(depth 3),
/// pct(depth 10), probabilistic(p = 1/10), delay(2) and delay(10), each seeded with <c>Derive(seed, i)</c>, so no
/// single strategy's blind spot decides the search. The members share one schedule-length estimate.
/// </summary>
public sealed class PortfolioStrategy : ISeededExplorationStrategy
{
    private readonly IExplorationStrategy[] _members;
    private readonly ScheduleLength _length;
    private IExplorationStrategy _current;
    private ulong _iterationSeed;
    private int _decisions;

    /// <summary>Initializes a new instance of the <see cref="PortfolioStrategy"/> class.</summary>
    /// <param name="seed">The base seed; schedule i uses <c>Derive(seed, i)</c>.</param>
    /// <param name="estimatedLength">The schedule length assumed until one has been seen.</param>
    public PortfolioStrategy(ulong seed, int estimatedLength = ExplorationOptions.DefaultEstimatedLength)
    {
        Seed = seed;
        _length = new ScheduleLength(estimatedLength);
        _members =
        [
            new RandomExplorationStrategy(seed),
            new PctStrategy(seed, 3, _length),
            new PctStrategy(seed, 10, _length),
            new ProbabilisticStrategy(seed, 10),
            new DelayBoundingStrategy(seed, 2, _length),
            new DelayBoundingStrategy(seed, 10, _length),
        ];
        _current = _members[0];
        PrepareIteration(0);
    }

    /// <inheritdoc/>
    public ulong Seed { get; }

    /// <inheritdoc/>
    public ulong IterationSeed => _iterationSeed;

    /// <summary>Gets the members in rotation order.</summary>
    public IReadOnlyList<IExplorationStrategy> Members => _members;

    /// <summary>Gets the member driving the current schedule.</summary>
    public IExplorationStrategy Current => _current;

    /// <inheritdoc/>
    public string Description => $"portfolio(seed={Seed})";

    /// <inheritdoc/>
    public bool IsExhausted => false;

    /// <inheritdoc/>
    public bool PrepareIteration(int iteration)
    {
        _current = _members[iteration % _members.Length];
        _iterationSeed = DeterministicRandom.Derive(Seed, iteration);
        _decisions = 0;
        return _current.PrepareIteration(iteration);
    }

    /// <inheritdoc/>
    public void CompleteIteration(bool hitStepBound)
    {
        _current.CompleteIteration(hitStepBound);
        _length.Observe(_decisions);
    }

    /// <inheritdoc/>
    public int NextStep(EnabledSet enabled, int stepIndex)
    {
        _decisions += enabled.Count > 1 && StepPoints.IsContested(enabled) ? 1 : 0;
        return _current.NextStep(enabled, stepIndex);
    }

    /// <inheritdoc/>
    public int NextInt(int maxExclusive, string chooser, int stepIndex) => _current.NextInt(maxExclusive, chooser, stepIndex);

    /// <inheritdoc/>
    public bool NextBool(string chooser, int stepIndex) => _current.NextBool(chooser, stepIndex);
}
