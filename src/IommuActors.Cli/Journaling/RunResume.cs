using System.Globalization;
using IommuActors.Exploration;
using IommuActors.Exploration.Strategies;
using IommuActors.Journal;

namespace IommuActors.Cli.Journaling;

/// <summary>An interrupted run to continue (<c>explore --resume RUN</c>): what it explores and where it stopped.</summary>
/// <param name="Run">The journaled run.</param>
/// <param name="Strategy">The strategy it runs.</param>
/// <param name="StrategyBound">The strategy's bound, or null for strategies without one.</param>
/// <param name="NextIndex">The first schedule not covered by the last checkpoint.</param>
/// <param name="Violations">The violations already recorded.</param>
/// <param name="HighestSequenceNumber">The last schedule already in the event journal (record-all), 0 when none.</param>
/// <param name="DfsFrontier">For dfs, the search frontier at the last checkpoint (null before the first).</param>
internal sealed record RunResume(RunEntry Run, StrategyKind Strategy, int? StrategyBound, int NextIndex, IReadOnlyList<ViolationEntry> Violations, long HighestSequenceNumber, string? DfsFrontier = null)
{
    /// <summary>Gets the run id.</summary>
    public long RunId => Run.RunId;

    /// <summary>Gets the schedules explored before the resume.</summary>
    public long Schedules => Run.Progress?.Schedules ?? 0;

    /// <summary>Gets the steps executed before the resume.</summary>
    public long Steps => Run.Progress?.Steps ?? 0;

    /// <summary>Reads run <paramref name="runId"/> and its last checkpoint.</summary>
    /// <exception cref="UsageException">The run is missing, complete, or explored by a strategy that cannot resume.</exception>
    public static RunResume Load(IRunJournal journal, long runId)
    {
        var ct = CancellationToken.None;
        var run = journal.GetRunAsync(runId, ct).GetAwaiter().GetResult()
            ?? throw new UsageException($"--resume: no run {runId} in {journal.Description}.");
        if (run.Summary is not null)
        {
            throw new UsageException($"--resume: run {runId} is complete.");
        }

        var (strategy, bound) = ParseStrategy(run.Info.Strategy, runId);
        var (next, frontier) = ParseToken(run.Progress?.ResumeToken, strategy, runId);

        var violations = journal.GetViolationsAsync(runId, ct).GetAwaiter().GetResult();
        var highest = journal.HighestSequenceNumberAsync(ScheduleCodec.PersistenceId(runId), ct).GetAwaiter().GetResult();
        return new RunResume(run, strategy, bound, Math.Min(next, run.Info.Iterations), violations, highest, frontier);
    }

    /// <summary>Reads a checkpoint's resume token: the next schedule index, and for dfs the search frontier after a space.</summary>
    private static (int Next, string? Frontier) ParseToken(string? token, StrategyKind strategy, long runId)
    {
        if (token is null)
        {
            return (0, null);
        }

        var space = token.IndexOf(' ', StringComparison.Ordinal);
        var index = space < 0 ? token : token[..space];
        var frontier = space < 0 ? null : token[(space + 1)..];
        if (!int.TryParse(index, NumberStyles.None, CultureInfo.InvariantCulture, out var next)
            || (strategy == StrategyKind.Dfs && next > 0 && frontier is null)
            || (strategy != StrategyKind.Dfs && frontier is not null))
        {
            throw new UsageException($"--resume: run {runId} has an unreadable resume token '{token}'.");
        }

        if (frontier is not null)
        {
            try
            {
                DfsStrategy.FromFrontier(frontier);
            }
            catch (FormatException e)
            {
                throw new UsageException($"--resume: run {runId} has an unreadable resume token: {e.Message}.");
            }
        }

        return (next, frontier);
    }

    /// <summary>Recovers the strategy and bound from a description such as <c>pct(seed=1, depth=3)</c>.</summary>
    public static (StrategyKind Kind, int? Bound) ParseStrategy(string description, long runId)
    {
        var open = description.IndexOf('(', StringComparison.Ordinal);
        var word = open < 0 ? description : description[..open];
        int? Number(string key)
        {
            var at = description.IndexOf(key, StringComparison.Ordinal);
            if (at < 0)
            {
                return null;
            }

            var digits = new string([.. description[(at + key.Length)..].TakeWhile(char.IsAsciiDigit)]);
            return int.Parse(digits, CultureInfo.InvariantCulture);
        }

        return word switch
        {
            "random" => (StrategyKind.Random, null),
            "portfolio" => (StrategyKind.Portfolio, null),
            "pct" => (StrategyKind.Pct, Number("depth=")),
            "delay" => (StrategyKind.DelayBounding, Number("bound=")),
            "probabilistic" => (StrategyKind.Probabilistic, Number("p=1/")),
            "dfs" => (StrategyKind.Dfs, null),
            "dpor" => throw new UsageException($"--resume: run {runId} explored with dpor, which cannot be resumed (random, probabilistic, pct, delay, portfolio and dfs runs can); start a new run."),
            _ => throw new UsageException($"--resume: run {runId} has an unknown strategy '{description}'."),
        };
    }

    /// <summary>Refuses an explicit flag whose value differs from the run's.</summary>
    /// <exception cref="UsageException">They differ.</exception>
    public void Require<T>(bool given, string flag, T value, T recorded)
    {
        if (given && !EqualityComparer<T>.Default.Equals(value, recorded))
        {
            throw new UsageException($"{flag} {value} does not match run {RunId}, which was started with {recorded}; drop it to resume.");
        }
    }

    /// <summary>Overrides the exploration's parameters with the run's and starts at its next schedule.</summary>
    public ExplorationOptions Apply(ExplorationOptions options) => options with
    {
        Strategy = Strategy,
        StrategyBound = StrategyBound,
        Seed = Run.Info.Seed,
        Iterations = Run.Info.Iterations,
        MaxSteps = Run.Info.MaxSteps,
        StartAt = NextIndex,
        DfsFrontier = DfsFrontier,
    };
}
