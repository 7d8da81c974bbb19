using Npgsql;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;

namespace IommuActors.Journal.Postgres;

/// <summary>Runs each journal operation in one transaction behind retry (exponential backoff) and a circuit breaker,
/// translating failures into <see cref="JournalException"/>.</summary>
internal sealed class PostgresExecutor : IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly ResiliencePipeline _pipeline;
    private readonly string _description;

    public PostgresExecutor(NpgsqlDataSource dataSource, string description, PostgresJournalOptions options, TimeProvider time, Func<Action<string>?> onRetry)
    {
        _dataSource = dataSource;
        _description = description;
        var handle = new PredicateBuilder().Handle<Exception>(PostgresTransience.IsTransient);
        var maxAttempts = options.MaxRetryAttempts + 1;
        var builder = new ResiliencePipelineBuilder { TimeProvider = time };
        if (options.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = handle,
                MaxRetryAttempts = options.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                Delay = options.BaseDelay,
                MaxDelay = options.MaxDelay,
                UseJitter = options.UseJitter,
                OnRetry = args =>
                {
                    var reason = args.Outcome.Exception is { } e ? Reason(e) : "unknown failure";
                    onRetry()?.Invoke($"{description}: attempt {args.AttemptNumber + 1} of {maxAttempts} failed: {reason}; retrying in {args.RetryDelay.TotalMilliseconds:0} ms");
                    return default;
                },
            });
        }

        builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions
        {
            ShouldHandle = handle,
            FailureRatio = options.BreakerFailureRatio,
            MinimumThroughput = Math.Max(2, options.BreakerMinimumThroughput),
            SamplingDuration = options.BreakerSamplingDuration,
            BreakDuration = options.BreakerBreakDuration,
        });
        _pipeline = builder.Build();
    }

    /// <summary>Runs <paramref name="work"/> in a transaction (committed when it returns), retrying transient failures.</summary>
    public async Task<T> InTransactionAsync<T>(Func<NpgsqlConnection, NpgsqlTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        var attempts = 0;
        try
        {
            return await _pipeline.ExecuteAsync(
                async token =>
                {
                    attempts++;
                    await using var connection = await _dataSource.OpenConnectionAsync(token);
                    await using var transaction = await connection.BeginTransactionAsync(token);
                    var result = await work(connection, transaction, token);
                    await transaction.CommitAsync(token);
                    return result;
                },
                cancellationToken);
        }
        catch (BrokenCircuitException ex)
        {
            var reason = ex.InnerException is { } inner ? Reason(inner) : ex.Message;
            throw new JournalException($"{_description}: unavailable (circuit open after repeated failures): {reason}", ex);
        }
        catch (NpgsqlException ex) when (PostgresTransience.IsTransient(ex))
        {
            throw new JournalException($"{_description}: unavailable after {attempts} attempts: {Reason(ex)}", ex);
        }
        catch (PostgresException ex)
        {
            throw new JournalException($"{_description}: {OneLine(ex.MessageText)} (SQLSTATE {ex.SqlState})", ex);
        }
        catch (NpgsqlException ex)
        {
            throw new JournalException($"{_description}: {Reason(ex)}", ex);
        }
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    private static string Reason(Exception exception) =>
        exception.InnerException is { } inner && !exception.Message.Contains(inner.Message, StringComparison.Ordinal)
            ? $"{OneLine(exception.Message)} ({OneLine(inner.Message)})"
            : OneLine(exception.Message);

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();
}
