namespace IommuActors.Cli.Bench;

/// <summary>What <c>bench pingpong</c> measures, after flags and configuration are resolved.</summary>
/// <param name="Pairs">Ping-pong pairs.</param>
/// <param name="Rounds">Round trips per pair.</param>
/// <param name="Iterations">Schedules (or concurrent runs) to time.</param>
/// <param name="Strategy">random, replay or dfs; none for the concurrent dispatcher.</param>
/// <param name="Dispatcher">controlled or concurrent.</param>
/// <param name="Seed">The seed.</param>
/// <param name="MaxSteps">The step bound per schedule.</param>
/// <param name="Workers">Worker threads of the concurrent dispatcher, or of seed-partitioned controlled random schedules; 0 means one per core.</param>
/// <param name="Workload">pingpong or senders.</param>
internal sealed record PingPongRequest(int Pairs, int Rounds, int Iterations, string Strategy, string Dispatcher, ulong Seed, int MaxSteps, int Workers, string Workload = BenchChoices.PingPongWorkload)
{
    /// <summary>Gets the number of threads that run actors: the concurrent dispatcher's workers, or parallel controlled random workers.</summary>
    public int Threads => Dispatcher == BenchChoices.Concurrent || Strategy == BenchChoices.Random
        ? (Workers > 0 ? Workers : Environment.ProcessorCount)
        : 1;
}
