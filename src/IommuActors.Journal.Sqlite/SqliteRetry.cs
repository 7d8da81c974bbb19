using Microsoft.Data.Sqlite;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;

namespace IommuActors.Journal.Sqlite;

/// <summary>Builds the resilience pipeline around journal operations.</summary>
internal static class SqliteRetry
{
    /// <summary>Gets the number of attempts (the first try plus retries).</summary>
    public const int Attempts = 5;

    /// <summary>Gets the first retry's delay; later ones double.</summary>
    public static TimeSpan BaseDelay { get; } = TimeSpan.FromMilliseconds(20);

    /// <summary>Whether an exception is a transient lock error (SQLITE_BUSY or SQLITE_LOCKED).</summary>
    public static bool IsTransient(Exception exception) =>
        exception is SqliteException { SqliteErrorCode: 5 or 6 };

    /// <summary>Retry (exponential backoff) outside a circuit breaker, both for transient lock errors only.</summary>
    public static ResiliencePipeline Build(TimeProvider time, Action<int, Exception> onRetry)
    {
        var transient = new PredicateBuilder().Handle<SqliteException>(e => IsTransient(e));
        return new ResiliencePipelineBuilder { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = transient,
                MaxRetryAttempts = Attempts - 1,
                BackoffType = DelayBackoffType.Exponential,
                Delay = BaseDelay,
                UseJitter = false,
                OnRetry = args =>
                {
                    if (args.Outcome.Exception is { } error)
                    {
                        onRetry(args.AttemptNumber, error);
                    }

                    return default;
                },
            })
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<SqliteException>(e => IsTransient(e)),
                FailureRatio = 0.9,
                MinimumThroughput = 20,
                SamplingDuration = TimeSpan.FromSeconds(30),
                BreakDuration = TimeSpan.FromSeconds(5),
            })
            .Build();
    }
}
