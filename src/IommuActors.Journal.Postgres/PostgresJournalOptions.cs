namespace IommuActors.Journal.Postgres;

/// <summary>How hard <see cref="PostgresRunJournal"/> tries before it reports the server unavailable.</summary>
public sealed record PostgresJournalOptions
{
    /// <summary>Gets the default options: 5 retries from 200 ms doubling up to 5 s, breaker after 10 calls at 50% failures.</summary>
    public static PostgresJournalOptions Default { get; } = new();

    /// <summary>Gets how many times a transient failure is retried (attempts = retries + 1).</summary>
    public int MaxRetryAttempts { get; init; } = 5;

    /// <summary>Gets the first retry delay; later delays double (exponential backoff).</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Gets the longest delay between two attempts.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Gets whether retry delays are jittered.</summary>
    public bool UseJitter { get; init; } = true;

    /// <summary>Gets the failure ratio (0..1] at which the circuit breaker opens.</summary>
    public double BreakerFailureRatio { get; init; } = 0.5;

    /// <summary>Gets how many attempts the breaker must observe in its window before it may open.</summary>
    public int BreakerMinimumThroughput { get; init; } = 10;

    /// <summary>Gets the breaker's sampling window.</summary>
    public TimeSpan BreakerSamplingDuration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets how long the breaker stays open before it lets a trial call through.</summary>
    public TimeSpan BreakerBreakDuration { get; init; } = TimeSpan.FromSeconds(5);
}
