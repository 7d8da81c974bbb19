namespace IommuActors.Exploration;

/// <summary>The exploration strategies.</summary>
public enum StrategyKind
{
    /// <summary>Seeded uniform random walks, one derived seed per schedule.</summary>
    Random,

    /// <summary>Naive exhaustive depth-first enumeration of every interleaving and data choice.</summary>
    Dfs,

    /// <summary>Probabilistic concurrency testing (Burckhardt et al., ASPLOS'10): random actor priorities plus d - 1 priority-change points.</summary>
    Pct,

    /// <summary>Delay bounding (Emmi et al., POPL'11): a round-robin scheduler over actors plus at most D random delays.</summary>
    DelayBounding,

    /// <summary>Coyote's probabilistic strategy: keep running the same actor, switching to a random step with probability 1/N.</summary>
    Probabilistic,

    /// <summary>A portfolio rotated per schedule: random, pct(3), pct(10), probabilistic(10), delay(2), delay(10).</summary>
    Portfolio,

    /// <summary>Optimal dynamic partial-order reduction: one schedule per Mazurkiewicz trace, exhaustive.</summary>
    Dpor,
}
