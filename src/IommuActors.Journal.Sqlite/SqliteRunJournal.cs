using Microsoft.Data.Sqlite;
using Polly;
using Polly.CircuitBreaker;

namespace IommuActors.Journal.Sqlite;

/// <summary>
/// The default <see cref="IRunJournal"/>: one SQLite file in WAL mode. Every write runs in one
/// <c>BEGIN IMMEDIATE</c> transaction; transient lock errors (SQLITE_BUSY, SQLITE_LOCKED) are retried with
/// exponential backoff behind a circuit breaker.
/// </summary>
public sealed partial class SqliteRunJournal : IRunJournal
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ResiliencePipeline _pipeline;
    private SqliteConnection? _connection;
    private bool _initialized;
    private bool _disposed;

    static SqliteRunJournal()
    {
        SQLitePCL.Batteries_V2.Init();
    }

    /// <summary>Creates a journal over the file at <paramref name="path"/> (created, with its directory, on first use).</summary>
    /// <param name="path">The database file.</param>
    /// <param name="time">Drives the retry delays; defaults to <see cref="TimeProvider.System"/>.</param>
    public SqliteRunJournal(string path, TimeProvider? time = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        FilePath = path;
        _pipeline = SqliteRetry.Build(time ?? TimeProvider.System, (attempt, error) => OnRetry?.Invoke(attempt, error));
    }

    /// <summary>Gets the database file, as given to the constructor.</summary>
    public string FilePath { get; }

    /// <inheritdoc/>
    public string Description => "sqlite:" + FilePath;

    /// <summary>
    /// Gets or sets a callback invoked before each retry of a transient failure, with the 0-based attempt number
    /// that failed and its error (for diagnostics and tests).
    /// </summary>
    public Action<int, Exception>? OnRetry { get; set; }

    /// <inheritdoc/>
    public Task InitializeAsync(CancellationToken cancellationToken) =>
        RunAsync(static (_, _) => 0, cancellationToken);

    /// <summary>Runs <c>PRAGMA integrity_check</c>.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Whether SQLite reports the file as <c>ok</c>.</returns>
    public Task<bool> IntegrityCheckAsync(CancellationToken cancellationToken) =>
        RunAsync(
            static (connection, _) =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = "PRAGMA integrity_check;";
                return command.ExecuteScalar() as string == "ok";
            },
            cancellationToken);

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            if (_connection is not null)
            {
                await _connection.DisposeAsync().ConfigureAwait(false);
                _connection = null;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<T> RunAsync<T>(Func<SqliteConnection, CancellationToken, T> work, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return await _pipeline.ExecuteAsync(
                token =>
                {
                    token.ThrowIfCancellationRequested();
                    var connection = Open();
                    return ValueTask.FromResult(work(connection, token));
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (SqliteException e)
        {
            throw Translate(e);
        }
        catch (BrokenCircuitException e)
        {
            throw new JournalException(FilePath + ": journal is locked by another process (too many busy errors; try again later)", e);
        }
        finally
        {
            _gate.Release();
        }
    }

    private Task<T> WriteAsync<T>(Func<SqliteConnection, T> work, CancellationToken cancellationToken) =>
        RunAsync((connection, _) => SqliteTransactions.Immediate(connection, work), cancellationToken);

    private SqliteConnection Open()
    {
        if (_connection is null)
        {
            var full = Path.GetFullPath(FilePath);
            var directory = Path.GetDirectoryName(full);
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }

            var builder = new SqliteConnectionStringBuilder
            {
                DataSource = full,
                Mode = SqliteOpenMode.ReadWriteCreate,
                Pooling = false,
                DefaultTimeout = 1,
            };
            var connection = new SqliteConnection(builder.ToString());
            try
            {
                connection.Open();
                SqliteMigrations.ConfigureConnection(connection);
            }
            catch
            {
                connection.Dispose();
                throw;
            }

            _connection = connection;
        }

        if (!_initialized)
        {
            SqliteMigrations.Migrate(_connection, FilePath);
            _initialized = true;
        }

        return _connection;
    }

    private JournalException Translate(SqliteException e) => e.SqliteErrorCode switch
    {
        26 => new JournalException(FilePath + ": not a journal (file is not a database)", e),
        11 => new JournalException(FilePath + ": journal is corrupt (" + e.Message + ")", e),
        5 or 6 => new JournalException(FilePath + ": journal is locked by another process (" + e.Message + ")", e),
        19 => new JournalException(FilePath + ": write rejected (" + e.Message + ")", e),
        _ => new JournalException(FilePath + ": " + e.Message, e),
    };
}
