namespace IommuActors.Runtime.Scheduling;

/// <summary>
/// The one seeded pseudo-random generator of the tool: SplitMix64 (Steele, Lea, Flood 2014), as used by
/// FsCheck. Fast, splittable by seed derivation, and identical on every platform.
/// </summary>
public sealed class DeterministicRandom
{
    private const ulong Gamma = 0x9E3779B97F4A7C15UL;
    private ulong _state;

    /// <summary>Creates a generator whose whole stream is determined by <paramref name="seed"/>.</summary>
    /// <param name="seed">The seed; print it so the run can be repeated.</param>
    public DeterministicRandom(ulong seed)
    {
        Seed = seed;
        _state = seed;
    }

    /// <summary>Gets the seed this generator started from.</summary>
    public ulong Seed { get; }

    /// <summary>Derives an independent seed for sub-stream <paramref name="index"/> of <paramref name="seed"/>.</summary>
    /// <param name="seed">The parent seed.</param>
    /// <param name="index">The sub-stream, e.g. the schedule number.</param>
    /// <returns>A well-mixed seed.</returns>
    public static ulong Derive(ulong seed, long index) => Mix(seed + (Gamma * (ulong)(index + 1)));

    /// <summary>Returns the next 64 random bits.</summary>
    /// <returns>A uniformly distributed value.</returns>
    public ulong NextUInt64()
    {
        _state += Gamma;
        return Mix(_state);
    }

    /// <summary>Returns a uniform integer in [0, <paramref name="maxExclusive"/>) without modulo bias (Lemire).</summary>
    /// <param name="maxExclusive">The exclusive upper bound; must be positive.</param>
    /// <returns>The drawn integer.</returns>
    public int NextInt(int maxExclusive)
    {
        if (maxExclusive <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(maxExclusive), maxExclusive, "must be positive");
        }

        var bound = (uint)maxExclusive;
        var product = (ulong)(uint)(NextUInt64() >> 32) * bound;
        var low = (uint)product;
        if (low < bound)
        {
            var threshold = (0u - bound) % bound;
            while (low < threshold)
            {
                product = (ulong)(uint)(NextUInt64() >> 32) * bound;
                low = (uint)product;
            }
        }

        return (int)(product >> 32);
    }

    /// <summary>Returns a fair random boolean.</summary>
    /// <returns>True or false with probability one half each.</returns>
    public bool NextBool() => (NextUInt64() >> 63) != 0;

    /// <summary>Returns a uniform double in [0, 1).</summary>
    /// <returns>The drawn value.</returns>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
