namespace IommuActors.Cli.Bench;

/// <summary>The words <c>bench pingpong</c> accepts for <c>--strategy</c> and <c>--dispatcher</c>.</summary>
internal static class BenchChoices
{
    public const string Random = "random";
    public const string Replay = "replay";
    public const string Dfs = "dfs";
    public const string Pct = "pct";
    public const string Dpor = "dpor";
    public const string PingPongWorkload = "pingpong";
    public const string SendersWorkload = "senders";
    public const string Controlled = "controlled";
    public const string Concurrent = "concurrent";
    public const string None = "none";

    /// <summary>Gets the strategies.</summary>
    public static IReadOnlyList<string> Strategies { get; } = [Random, Replay, Dfs, Pct, Dpor];

    /// <summary>Gets the workloads: ping-pong pairs (P pairs, R rounds), or P senders of R messages each to one receiver (many traces).</summary>
    public static IReadOnlyList<string> Workloads { get; } = [PingPongWorkload, SendersWorkload];

    /// <summary>Gets the dispatchers.</summary>
    public static IReadOnlyList<string> Dispatchers { get; } = [Controlled, Concurrent];
}
