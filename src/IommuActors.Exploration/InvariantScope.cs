namespace IommuActors.Exploration;

/// <summary>When an invariant is checked.</summary>
public enum InvariantScope
{
    /// <summary>After every step.</summary>
    AfterEachStep,

    /// <summary>When the run reaches quiescence (not when it is cut off by the step bound).</summary>
    AtQuiescence,
}
