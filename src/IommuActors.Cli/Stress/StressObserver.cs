using IommuActors.Exploration;
using IommuActors.Exploration.Strategies;
using IommuActors.Runtime.Scheduling;

namespace IommuActors.Cli.Stress;

/// <summary>Counts what a stress run has done (for the progress bar and the memory samples) and passes everything on to the journal.</summary>
internal sealed class StressObserver(IExplorationObserver? journal, StressBudget budget, Action<StressObserver>? onProgress) : IExplorationObserver
{
    private const int ProgressEvery = 200;
    private const int MemoryEvery = 20_000;

    public long Schedules { get; private set; }

    public long Steps { get; private set; }

    public List<string> ViolationIds { get; } = [];

    public List<MemorySample> Memory { get; } = [];

    public (int Covered, int Known)? Coverage { get; private set; }

    public StressBudget Budget => budget;

    public bool WantsSchedules => journal?.WantsSchedules == true;

    public void OnStart(IExplorationStrategy strategy) => journal?.OnStart(strategy);

    public void OnViolation(FoundViolation violation)
    {
        ViolationIds.Add(violation.Violation.Id);
        journal?.OnViolation(violation);
    }

    public void OnCoverage(int covered, int known) => Coverage = (covered, known);

    public void OnScheduleCompleted(int index, int schedules, long steps, Schedule? schedule)
    {
        Schedules = schedules;
        Steps = steps;
        journal?.OnScheduleCompleted(index, schedules, steps, schedule);
        if (schedules % MemoryEvery == 0)
        {
            Memory.Add(MemorySample.Now(budget, schedules));
        }

        if (schedules % ProgressEvery == 0)
        {
            onProgress?.Invoke(this);
        }
    }
}

/// <summary>Memory at one point of a stress run.</summary>
/// <param name="Seconds">Seconds since the start.</param>
/// <param name="Schedules">Schedules explored by then.</param>
/// <param name="ManagedBytes">Live managed heap (after a full collection).</param>
/// <param name="WorkingSetBytes">The process's working set.</param>
internal sealed record MemorySample(double Seconds, long Schedules, long ManagedBytes, long WorkingSetBytes)
{
    /// <summary>Live managed bytes after a full collection (a few milliseconds every 20,000 schedules), and the working set.</summary>
    public static MemorySample Now(StressBudget budget, long schedules) =>
        new(budget.Elapsed.TotalSeconds, schedules, GC.GetTotalMemory(forceFullCollection: true), Environment.WorkingSet);
}
