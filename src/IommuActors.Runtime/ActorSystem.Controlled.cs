using IommuActors.Runtime.Dispatch;
using IommuActors.Runtime.Scheduling;

namespace IommuActors.Runtime;

/// <summary>Stepping a controlled system: one delivery, timer or forced unstash per <see cref="Step"/>.</summary>
public sealed partial class ActorSystem
{
    /// <summary>Gets the enabled steps (controlled dispatcher only).</summary>
    public EnabledSet Enabled => Controlled.Enabled;

    /// <summary>Gets the number of handler runs so far (deliveries, timer firings, unstashed deliveries).</summary>
    public int Deliveries => Controlled.Deliveries;

    /// <summary>Gets the number of recorded schedule steps so far (handler runs plus data choices).</summary>
    public int RecordedSteps => Controlled.Recorder.Count;

    /// <summary>Gets a value indicating whether nothing is enabled any more.</summary>
    public bool IsQuiescent => !Controlled.HasWork;

    /// <summary>Gets a value indicating whether unstashed messages wait for delivery; they go before any choice, so <see cref="Step"/> delivers one without asking the strategy.</summary>
    public bool HasForcedSteps => Controlled.HasForcedSteps;

    private ControlledDispatcher Controlled => Dispatcher as ControlledDispatcher
        ?? throw new InvalidOperationException("this operation needs the controlled dispatcher");

    /// <summary>Runs one step chosen by the strategy. Returns false when quiescent or when a violation was reported.</summary>
    /// <returns>True when a step ran.</returns>
    public bool Step() => _violation is null && Controlled.Step();

    /// <summary>Runs until quiescence, a violation, or <paramref name="maxDeliveries"/> handler runs.</summary>
    /// <param name="maxDeliveries">The step bound.</param>
    /// <returns>How the run ended.</returns>
    public RunResult Run(int maxDeliveries = int.MaxValue)
    {
        var controlled = Controlled;
        while (_violation is null && controlled.Deliveries < maxDeliveries && controlled.Step())
        {
        }

        return Result();
    }

    /// <summary>Describes how the run stands now.</summary>
    /// <returns>The result.</returns>
    public RunResult Result()
    {
        var controlled = Controlled;
        var outcome = _violation is not null ? RunOutcome.Violation
            : controlled.HasWork ? RunOutcome.StepBound
            : RunOutcome.Quiescent;
        return new RunResult(outcome, controlled.Deliveries, controlled.Recorder.Count, _violation);
    }

    /// <summary>
    /// Declares that the running step reads or writes shared state outside actors (a model's emulated memory),
    /// so that partial-order reduction treats it as dependent with other steps touching the same resource.
    /// In controlled mode it only matters to strategies that observe steps; on real threads the running handler holds
    /// the system's shared-state lock from here until it returns, and the access is recorded for a controlled rebuild.
    /// </summary>
    /// <param name="resource">A stable resource name, e.g. <c>kernel</c>.</param>
    public void TouchShared(string resource)
    {
        if (Dispatcher is ControlledDispatcher controlled)
        {
            controlled.TouchShared(resource);
        }
        else if (Dispatcher is ConcurrentDispatcher concurrent)
        {
            concurrent.TouchShared();
        }
    }

    /// <summary>Returns the schedule recorded so far, keyed by meaning.</summary>
    /// <returns>The schedule.</returns>
    public Schedule RecordedSchedule() => Controlled.Recorder.ToSchedule();

    /// <summary>
    /// Declares a finished controlled run that nobody will read again: the recorder's buffer is reused by this
    /// thread's next system (exploration loops call it for every schedule that found nothing). Afterwards the recorded
    /// schedule reads as empty.
    /// </summary>
    public void Recycle()
    {
        if (Dispatcher is ControlledDispatcher controlled)
        {
            controlled.Recorder.Recycle();
        }
    }
}
