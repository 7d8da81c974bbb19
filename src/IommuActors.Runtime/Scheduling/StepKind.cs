namespace IommuActors.Runtime.Scheduling;

/// <summary>The kind of a schedule step (Coyote's scheduling-point types, for actors).</summary>
public enum StepKind
{
    /// <summary>The head message of one sender-to-receiver channel was delivered (environment events included).</summary>
    Deliver,

    /// <summary>A virtual timer fired and its message was delivered.</summary>
    Timer,

    /// <summary>A message returned by <c>UnstashAll</c> was delivered (forced: no choice).</summary>
    Unstash,

    /// <summary>A recorded integer data choice.</summary>
    ChooseInt,

    /// <summary>A recorded boolean data choice.</summary>
    ChooseBool,
}
