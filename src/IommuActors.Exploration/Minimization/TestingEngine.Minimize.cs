using IommuActors.Exploration.Minimization;

namespace IommuActors.Exploration;

/// <summary>Minimisation of confirmed violations, as part of <see cref="TestingEngine.Explore(ActorProgram, ExplorationOptions)"/>.</summary>
public static partial class TestingEngine
{
    /// <summary>
    /// Minimises a confirmed violation when <see cref="ExplorationOptions.Minimize"/> is on, its replay check did not
    /// show nondeterminism, and no earlier violation with the same id was minimised (so <c>--all</c> stays cheap).
    /// </summary>
    private static FoundViolation Minimize(ActorProgram program, ExplorationOptions options, FoundViolation found, IReadOnlyList<FoundViolation> earlier)
    {
        var id = found.Violation.Id;
        if (!options.Minimize || found.Verdict == ReplayVerdict.UncontrolledNondeterminism
            || earlier.Any(v => v.Minimization is not null && v.Violation.Id == id))
        {
            return found;
        }

        var result = ScheduleMinimizer.Minimize(program, found.Schedule, id, MinimizationOptions.Default with { MaxSteps = options.MaxSteps });
        return found with { Minimization = result };
    }
}
