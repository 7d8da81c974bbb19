namespace IommuActors.Exploration.Strategies;

/// <summary>
/// A randomised exploration strategy whose schedule i is driven by the seed <c>Derive(Seed, i)</c>, so the seed of
/// the schedule that found a violation can be printed next to it.
/// </summary>
public interface ISeededExplorationStrategy : IExplorationStrategy
{
    /// <summary>Gets the base seed.</summary>
    ulong Seed { get; }

    /// <summary>Gets the seed of the current schedule.</summary>
    ulong IterationSeed { get; }
}
