using IommuActors.Runtime.Scheduling;

namespace IommuActors.Exploration;

/// <summary>The same choices did not lead to the same run: something outside the choice source decided.</summary>
public sealed class UncontrolledNondeterminismException : ScheduleControlException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="step">The first step that differed.</param>
    /// <param name="detail">How it differed.</param>
    public UncontrolledNondeterminismException(int step, string detail)
        : base($"uncontrolled nondeterminism at step {step}: {detail}")
    {
        Step = step;
    }

    /// <summary>Gets the first step that differed.</summary>
    public int Step { get; }
}
