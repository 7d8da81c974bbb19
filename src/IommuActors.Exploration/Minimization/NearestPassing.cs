using IommuActors.Runtime.Scheduling;

namespace IommuActors.Exploration.Minimization;

/// <summary>A passing schedule close to a failing one, and where they part.</summary>
/// <param name="Schedule">The passing schedule (it replays to quiescence without a violation).</param>
/// <param name="FirstDifference">The first index at which it differs from the failing schedule.</param>
/// <param name="ChangedSteps">Steps of the failing schedule left out plus steps added (an edit distance by longest common subsequence).</param>
/// <param name="Runs">Runs the search made.</param>
public sealed record NearestPassingResult(Schedule Schedule, int FirstDifference, int ChangedSteps, int Runs);

/// <summary>
/// Looks for the passing schedule nearest a failing one: the root-cause hint "this order fails, that one passes".
/// Candidates keep the failing schedule's prefix up to a point and then either deliver one of the next few steps
/// earlier or take another value for a data choice; the rest of the failing schedule is followed where it still
/// applies (<see cref="LenientReplay"/>). Points nearest the violation are tried first. The candidate with the fewest
/// changed steps wins; ties go to the later first difference.
/// </summary>
public static class NearestPassing
{
    /// <summary>How far ahead a step may be moved.</summary>
    public const int Window = 6;

    /// <summary>Searches for a passing schedule near <paramref name="failing"/>.</summary>
    /// <param name="program">The program.</param>
    /// <param name="failing">The failing schedule.</param>
    /// <param name="maxSteps">The step bound.</param>
    /// <param name="budget">Runs at most.</param>
    /// <returns>The nearest passing schedule found, or null.</returns>
    public static NearestPassingResult? Find(ActorProgram program, Schedule failing, int maxSteps, int budget = 600)
    {
        ArgumentNullException.ThrowIfNull(program);
        ArgumentNullException.ThrowIfNull(failing);
        var steps = failing.Steps;
        NearestPassingResult? best = null;
        var runs = 0;
        for (var at = steps.Length - 1; at >= 0 && runs < budget; at--)
        {
            foreach (var candidate in Candidates(steps, at))
            {
                if (runs++ >= budget)
                {
                    break;
                }

                var run = LenientReplay.Run(program, candidate, maxSteps);
                if (run.Violation is not null || run.Outcome != Runtime.RunOutcome.Quiescent)
                {
                    continue;
                }

                var (changed, first) = Distance(steps, run.Schedule.Steps);
                if (best is null || changed < best.ChangedSteps || (changed == best.ChangedSteps && first > best.FirstDifference))
                {
                    best = new NearestPassingResult(run.Schedule, first, changed, runs);
                }
            }

            if (best is not null && best.ChangedSteps <= 2)
            {
                break; // a swap of two steps: nothing nearer exists
            }
        }

        return best is null ? null : best with { Runs = runs };
    }

    private static IEnumerable<Schedule> Candidates(IReadOnlyList<ScheduleStep> steps, int at)
    {
        var step = steps[at];
        if (step.Kind == StepKind.ChooseBool)
        {
            yield return With(steps, at, step with { Value = step.Value == 0 ? 1 : 0 });
        }
        else if (step.Kind == StepKind.ChooseInt)
        {
            for (var v = 0; v < step.Sequence; v++)
            {
                if (v != step.Value)
                {
                    yield return With(steps, at, step with { Value = v });
                }
            }
        }
        else
        {
            for (var later = at + 1; later < steps.Count && later <= at + Window; later++)
            {
                if (steps[later].Kind is StepKind.Deliver or StepKind.Timer)
                {
                    yield return new Schedule([.. steps.Take(at), steps[later], .. steps.Skip(at).Where((_, i) => at + i != later)]);
                }
            }
        }
    }

    private static Schedule With(IReadOnlyList<ScheduleStep> steps, int at, ScheduleStep replacement) =>
        new([.. steps.Take(at), replacement, .. steps.Skip(at + 1)]);

    /// <summary>Edit distance by longest common subsequence, and the first index where the two differ.</summary>
    private static (int Changed, int First) Distance(IReadOnlyList<ScheduleStep> a, IReadOnlyList<ScheduleStep> b)
    {
        var first = 0;
        while (first < a.Count && first < b.Count && a[first] == b[first])
        {
            first++;
        }

        var previous = new int[b.Count + 1];
        var current = new int[b.Count + 1];
        for (var i = 1; i <= a.Count; i++)
        {
            for (var j = 1; j <= b.Count; j++)
            {
                current[j] = a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : Math.Max(previous[j], current[j - 1]);
            }

            (previous, current) = (current, previous);
        }

        var common = previous[b.Count];
        return (a.Count - common + (b.Count - common), first);
    }
}
