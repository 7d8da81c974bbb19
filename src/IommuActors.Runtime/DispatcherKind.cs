namespace IommuActors.Runtime;

/// <summary>The two ways to run actors, behind one seam.</summary>
public enum DispatcherKind
{
    /// <summary>One thread; every delivery, timer and data choice is picked by a strategy and recorded.</summary>
    Controlled,

    /// <summary>Real threads, one message at a time per actor; each actor's receive order is recorded for controlled replay.</summary>
    Concurrent,
}
