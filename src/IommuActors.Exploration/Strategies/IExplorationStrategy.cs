using IommuActors.Runtime.Scheduling;

namespace IommuActors.Exploration.Strategies;

/// <summary>A scheduling strategy that spans many schedules (Coyote's exploration strategy).</summary>
public interface IExplorationStrategy : ISchedulingStrategy
{
    /// <summary>Gets a short description with its parameters, e.g. <c>random(seed=1)</c>.</summary>
    string Description { get; }

    /// <summary>Gets a value indicating whether every schedule has been explored (only systematic strategies ever say so).</summary>
    bool IsExhausted { get; }

    /// <summary>Prepares schedule number <paramref name="iteration"/>; returns false when there is none left.</summary>
    /// <param name="iteration">0-based schedule number.</param>
    /// <returns>True when another schedule can run.</returns>
    bool PrepareIteration(int iteration);

    /// <summary>Tells the strategy how the schedule it drove ended.</summary>
    /// <param name="hitStepBound">True when the step bound cut the run off.</param>
    void CompleteIteration(bool hitStepBound);
}
