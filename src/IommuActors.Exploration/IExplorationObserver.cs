using IommuActors.Exploration.Strategies;
using IommuActors.Runtime.Scheduling;

namespace IommuActors.Exploration;

/// <summary>
/// Watches an exploration as it goes (e.g. to journal each violation the moment it is confirmed and to checkpoint
/// progress). Calls arrive on the thread that called <c>Explore</c>, in schedule order, also with several workers
/// (their chunks are merged in order first); for a schedule that violates,
/// <see cref="OnViolation"/> comes before <see cref="OnScheduleCompleted"/>.
/// </summary>
public interface IExplorationObserver
{
    /// <summary>Gets a value indicating whether <see cref="OnScheduleCompleted"/> should receive each explored schedule (it costs one materialisation per schedule).</summary>
    bool WantsSchedules { get; }

    /// <summary>Called once before the first schedule of a single-worker exploration, with the strategy exploring (e.g. to read a dfs frontier at checkpoints).</summary>
    /// <param name="strategy">The strategy.</param>
    void OnStart(IExplorationStrategy strategy)
    {
    }

    /// <summary>Called once a violation is confirmed (and minimised when enabled).</summary>
    /// <param name="violation">The violation.</param>
    void OnViolation(FoundViolation violation);

    /// <summary>Called after every explored schedule.</summary>
    /// <param name="index">The schedule's 0-based index.</param>
    /// <param name="schedules">Schedules explored by this call so far (including this one).</param>
    /// <param name="steps">Deliveries executed by this call so far.</param>
    /// <param name="schedule">The explored schedule when <see cref="WantsSchedules"/> is true, else null.</param>
    void OnScheduleCompleted(int index, int schedules, long steps, Schedule? schedule);

    /// <summary>
    /// Called every <see cref="CoverageEvery"/> schedules of a single-worker exploration that collects coverage,
    /// with the (actor type, state, message type) triples covered and known so far (for live displays).
    /// </summary>
    /// <param name="covered">Triples covered.</param>
    /// <param name="known">Triples known.</param>
    void OnCoverage(int covered, int known)
    {
    }

    /// <summary>How often <see cref="OnCoverage"/> is called, in schedules.</summary>
    const int CoverageEvery = 500;
}
