namespace IommuActors.Exploration;

/// <summary>The exploration strategies.</summary>
public enum StrategyKind
{
    /// <summary>Seeded uniform random walks, one derived seed per schedule.</summary>
    Random,

    /// <summary>Naive exhaustive depth-first enumeration of every interleaving and data choice.</summary>
    Dfs,
}
