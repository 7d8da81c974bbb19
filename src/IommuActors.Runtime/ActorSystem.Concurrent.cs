using IommuActors.Runtime.Dispatch;
using IommuActors.Runtime.Scheduling;

namespace IommuActors.Runtime;

/// <summary>Running a system on real threads, and what such a run leaves for a controlled replay.</summary>
public sealed partial class ActorSystem : IDisposable
{
    private readonly List<ActorCell> _allCells = [];

    private ConcurrentDispatcher Concurrent => Dispatcher as ConcurrentDispatcher
        ?? throw new InvalidOperationException("this operation needs the concurrent dispatcher");

    /// <summary>
    /// Concurrent dispatcher: blocks until every actor is idle and no timer is left (timers fire, in due order, when
    /// everything else is idle), or until the delivery bound or a violation stopped the run.
    /// </summary>
    /// <returns>How the run ended.</returns>
    public RunResult AwaitQuiescence()
    {
        var concurrent = Concurrent;
        concurrent.AwaitIdle();
        var outcome = _violation is not null ? RunOutcome.Violation : concurrent.StoppedByBound ? RunOutcome.StepBound : RunOutcome.Quiescent;
        var deliveries = (int)Math.Min(int.MaxValue, concurrent.TotalDeliveries);
        return new RunResult(outcome, deliveries, deliveries, _violation);
    }

    /// <summary>
    /// Concurrent dispatcher: the order in which each actor received its messages (and made its data choices), by
    /// actor path; choices made outside actors are under <c>/</c>. Enough to rebuild the run as a controlled schedule.
    /// </summary>
    /// <returns>The per-actor logs, ordered by path.</returns>
    public IReadOnlyDictionary<string, IReadOnlyList<ScheduleStep>> ReceiveLog()
    {
        ActorCell[] cells;
        lock (_structureLock)
        {
            cells = [.. _allCells];
        }

        return Concurrent.ReceiveLog(cells);
    }

    /// <summary>Concurrent dispatcher: which deliveries touched shared emulated state, in the order they did.</summary>
    /// <returns>The accesses in lock order.</returns>
    public IReadOnlyList<SharedAccess> SharedOrder() => Concurrent.SharedOrder();

    /// <summary>Stops the worker threads of a concurrent system (nothing to do for a controlled one).</summary>
    public void Dispose()
    {
        if (Dispatcher is ConcurrentDispatcher concurrent)
        {
            concurrent.Shutdown();
        }
    }
}
