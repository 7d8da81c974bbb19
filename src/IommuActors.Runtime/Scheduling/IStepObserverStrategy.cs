namespace IommuActors.Runtime.Scheduling;

/// <summary>
/// A strategy that needs to know, after each step, which shared (non-actor) state the step touched, as declared by
/// the model with <see cref="ActorSystem.TouchShared"/>. Partial-order reduction uses it: two steps are dependent
/// when they deliver to the same actor or touch a common shared resource.
/// </summary>
public interface IStepObserverStrategy : ISchedulingStrategy
{
    /// <summary>Called after step <paramref name="stepIndex"/> ran.</summary>
    /// <param name="stepIndex">The step's index in the schedule.</param>
    /// <param name="sharedResources">The shared resources it touched (valid during the call only).</param>
    void OnStepCompleted(int stepIndex, IReadOnlyList<string> sharedResources);
}
