namespace IommuActors.Runtime;

/// <summary>How a controlled run ended.</summary>
public enum RunOutcome
{
    /// <summary>Nothing was enabled any more.</summary>
    Quiescent,

    /// <summary>The step bound cut the run off.</summary>
    StepBound,

    /// <summary>A violation was reported.</summary>
    Violation,
}
