using IommuActors.Runtime.Scheduling;

namespace IommuActors.Runtime;

/// <summary>How an <see cref="ActorSystem"/> runs. Immutable; validated when the system is created.</summary>
public sealed record ActorSystemSettings
{
    /// <summary>Gets the default settings: controlled dispatcher, random strategy with seed 1.</summary>
    public static ActorSystemSettings Default { get; } = new();

    /// <summary>Gets the dispatcher kind.</summary>
    /// <value>The default value is <see cref="DispatcherKind.Controlled"/>.</value>
    public DispatcherKind Dispatcher { get; init; } = DispatcherKind.Controlled;

    /// <summary>Gets the strategy of a controlled system; null means a <see cref="RandomStrategy"/> seeded with <see cref="Seed"/>.</summary>
    /// <value>The default value is null.</value>
    public ISchedulingStrategy? Strategy { get; init; }

    /// <summary>Gets the seed of the default random strategy, and of the concurrent dispatcher's data choices.</summary>
    /// <value>The default value is 1.</value>
    public ulong Seed { get; init; } = 1;

    /// <summary>Gets the number of worker threads of the concurrent dispatcher; 0 means one per core.</summary>
    /// <value>The default value is 0.</value>
    public int Workers { get; init; }

    /// <summary>Gets how many messages an actor handles before the concurrent dispatcher moves on.</summary>
    /// <value>The default value is 32.</value>
    public int Throughput { get; init; } = 32;

    /// <summary>Gets the strategy of the <c>/user</c> guardian, which supervises top-level actors.</summary>
    /// <value>The default value is <see cref="SupervisorStrategy.DefaultStrategy"/>.</value>
    public SupervisorStrategy GuardianStrategy { get; init; } = SupervisorStrategy.DefaultStrategy;

    /// <summary>Gets the bound on handler runs of a concurrent run (a controlled run takes its bound in <c>Run</c>).</summary>
    /// <value>The default value is <see cref="long.MaxValue"/>.</value>
    public long MaxDeliveries { get; init; } = long.MaxValue;

    /// <summary>Gets how many dead letters and unhandled messages are kept for reports (all are counted).</summary>
    /// <value>The default value is 100.</value>
    public int MaxRecordedDeadLetters { get; init; } = 100;

    internal void Validate()
    {
        if (Workers < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(Workers), Workers, "must be 0 (all cores) or positive");
        }

        if (Throughput <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(Throughput), Throughput, "must be positive");
        }

        if (Dispatcher == DispatcherKind.Concurrent && Strategy is not null)
        {
            throw new ArgumentException("a strategy only applies to the controlled dispatcher", nameof(Strategy));
        }
    }
}
