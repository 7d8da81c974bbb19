using IommuActors.Runtime.Scheduling;

namespace IommuActors.Exploration.Strategies;

/// <summary>
/// Rebuilds a concurrent run as a controlled one. The concurrent dispatcher logged, per actor, the order of its
/// receives and data choices; this strategy only ever delivers a message that is the next one its receiver logged.
/// Such a step stays enabled until taken (only its receiver consumes it), so greedily taking the first one never
/// gets stuck, and every actor sees exactly the inputs it saw on real threads: the final state is the same.
/// </summary>
public sealed class ReceiveOrderStrategy : IExplorationStrategy
{
    private readonly IReadOnlyDictionary<string, IReadOnlyList<ScheduleStep>> _log;
    private readonly Dictionary<string, int> _position = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Path, int Index), int> _sharedRank = [];
    private int _remaining;
    private int _nextShared;

    /// <summary>Creates the strategy.</summary>
    /// <param name="receiveLog">Per-actor receive logs (<c>ActorSystem.ReceiveLog()</c> of the concurrent run).</param>
    /// <param name="sharedOrder">The order in which deliveries touched shared emulated state (<c>ActorSystem.SharedOrder()</c>); null when none did.</param>
    public ReceiveOrderStrategy(IReadOnlyDictionary<string, IReadOnlyList<ScheduleStep>> receiveLog, IReadOnlyList<SharedAccess>? sharedOrder = null)
    {
        _log = receiveLog;
        for (var i = 0; i < (sharedOrder?.Count ?? 0); i++)
        {
            _sharedRank[(sharedOrder![i].ActorPath, sharedOrder[i].LogIndex)] = i;
        }

        _remaining = receiveLog.Values.Sum(steps => steps.Count);
    }

    /// <inheritdoc/>
    public string Description => "receive-order";

    /// <inheritdoc/>
    public bool IsExhausted { get; private set; }

    /// <summary>Gets a value indicating whether every logged receive and choice was consumed.</summary>
    public bool Consumed => _remaining == 0;

    /// <inheritdoc/>
    public bool PrepareIteration(int iteration) => iteration == 0;

    /// <inheritdoc/>
    public void CompleteIteration(bool hitStepBound) => IsExhausted = true;

    /// <inheritdoc/>
    public int NextStep(EnabledSet enabled, int stepIndex)
    {
        for (var i = 0; i < enabled.Count; i++)
        {
            var candidate = enabled[i];
            if (NextOf(candidate.ReceiverPath) is { } expected && candidate.Matches(expected) && SharedTurn(candidate.ReceiverPath))
            {
                Advance(candidate.ReceiverPath);
                return i;
            }
        }

        throw new ScheduleDivergenceException(stepIndex, null, enabled.Describe());
    }

    /// <inheritdoc/>
    public int NextInt(int maxExclusive, string chooser, int stepIndex)
    {
        var expected = NextOf(chooser);
        if (expected is not { Kind: StepKind.ChooseInt } || expected.Sequence != maxExclusive)
        {
            throw new ScheduleDivergenceException(stepIndex, expected, [new ScheduleStep(StepKind.ChooseInt, chooser, string.Empty, maxExclusive, string.Empty, 0)]);
        }

        Advance(chooser);
        return (int)expected.Value;
    }

    /// <inheritdoc/>
    public bool NextBool(string chooser, int stepIndex)
    {
        var expected = NextOf(chooser);
        if (expected is not { Kind: StepKind.ChooseBool })
        {
            throw new ScheduleDivergenceException(stepIndex, expected, [new ScheduleStep(StepKind.ChooseBool, chooser, string.Empty, 0, string.Empty, 0)]);
        }

        Advance(chooser);
        return expected.Value != 0;
    }

    /// <summary>A delivery that touched shared state on real threads waits until the accesses before it have run.</summary>
    private bool SharedTurn(string path)
    {
        if (!_sharedRank.TryGetValue((path, Position(path)), out var rank))
        {
            return true;
        }

        if (rank != _nextShared)
        {
            return false;
        }

        _nextShared++;
        return true;
    }

    private int Position(string path) => _position.TryGetValue(path, out var p) ? p : 0;

    private ScheduleStep? NextOf(string path) =>
        _log.TryGetValue(path, out var steps) && Position(path) < steps.Count ? steps[Position(path)] : null;

    private void Advance(string path)
    {
        _position[path] = Position(path) + 1;
        _remaining--;
    }
}
