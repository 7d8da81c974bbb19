using IommuActors.Runtime;
using IommuActors.Runtime.Scheduling;

namespace IommuActors.Exploration.Coverage;

/// <summary>
/// Collects coverage over the schedules of one exploration: the (actor type, state, message type) triples delivered,
/// the typed handlers registered by actors' initial behaviours, and ordered pairs of racing events. Before every step
/// it snapshots the enabled steps; when a step delivers one of them, that event is recorded as racing ahead of every
/// other event in the snapshot (the delivered one is the entry whose sequence number moved; forced unstash deliveries
/// match none and race with nothing). Controlled dispatcher only; not thread-safe.
/// </summary>
public sealed class CoverageCollector : IStepObserver
{
    /// <summary>The id of the never-failing per-step check that takes the snapshots.</summary>
    public const string SnapshotCheckId = "coverage-snapshot";

    private readonly HashSet<CoverageTriple> _covered = [];
    private readonly HashSet<CoverageTriple> _registered = [];
    private int _coveredCount;
    private int _knownCount;
    private readonly Dictionary<(EventLabel First, EventLabel Second), long> _pairs = [];
    private EventLabel[] _labels = new EventLabel[16];
    private PendingStep[] _steps = new PendingStep[16];
    private int[] _sequences = new int[16];
    private int _snapshotCount;

    /// <summary>Returns <paramref name="program"/> instrumented to report to this collector.</summary>
    /// <param name="program">The program.</param>
    /// <returns>The same program with the observer installed by set-up and a snapshot taken after every step.</returns>
    public ActorProgram Instrument(ActorProgram program)
    {
        ArgumentNullException.ThrowIfNull(program);
        return program with
        {
            Setup = system =>
            {
                _snapshotCount = 0;
                system.StepObserver = this;
                program.Setup(system);
            },
            Invariants = [.. program.Invariants, Invariant.Always(SnapshotCheckId, Snapshot)],
        };
    }

    /// <inheritdoc/>
    public void OnActorStarted(string actorPath, string actorType, string behaviorState, IReadOnlyList<string> handledMessageTypes)
    {
        ArgumentNullException.ThrowIfNull(handledMessageTypes);
        foreach (var type in handledMessageTypes)
        {
            var triple = new CoverageTriple(actorType, behaviorState, type);
            if (_registered.Add(triple) && !_covered.Contains(triple))
            {
                Volatile.Write(ref _knownCount, _knownCount + 1);
            }
        }
    }

    /// <inheritdoc/>
    public void OnDelivered(string actorPath, string actorType, string behaviorState, object message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var delivered = new CoverageTriple(actorType, behaviorState, TypeNames.Of(message.GetType()));
        if (_covered.Add(delivered))
        {
            Volatile.Write(ref _coveredCount, _covered.Count);
            if (!_registered.Contains(delivered))
            {
                Volatile.Write(ref _knownCount, _knownCount + 1);
            }
        }
        var chosen = -1;
        for (var i = 0; i < _snapshotCount; i++)
        {
            if (_steps[i].Sequence != _sequences[i])
            {
                chosen = i;
                break;
            }
        }

        for (var i = 0; chosen >= 0 && i < _snapshotCount; i++)
        {
            if (i != chosen && _labels[i] != _labels[chosen])
            {
                var key = (_labels[chosen], _labels[i]);
                _pairs[key] = _pairs.GetValueOrDefault(key) + 1;
            }
        }

        _snapshotCount = 0;
    }

    /// <summary>Gets the triples covered so far (safe to read from another thread; it may lag).</summary>
    public int CoveredCount => Volatile.Read(ref _coveredCount);

    /// <summary>Gets the triples known so far, covered or handled by some actor's initial behaviour (safe to read from another thread; it may lag).</summary>
    public int KnownCount => Volatile.Read(ref _knownCount);

    /// <summary>Builds one report from the collectors of several workers (their triples and racing pairs added up); call after they finished.</summary>
    /// <param name="collectors">The workers' collectors.</param>
    /// <param name="top">How many of the most frequent racing pairs to list.</param>
    /// <returns>The report.</returns>
    public static CoverageReport Merge(IReadOnlyList<CoverageCollector> collectors, int top = 20)
    {
        ArgumentNullException.ThrowIfNull(collectors);
        var all = new CoverageCollector();
        foreach (var c in collectors)
        {
            all._covered.UnionWith(c._covered);
            all._registered.UnionWith(c._registered);
            foreach (var (key, count) in c._pairs)
            {
                all._pairs[key] = all._pairs.GetValueOrDefault(key) + count;
            }
        }

        return all.ToReport(top);
    }

    /// <summary>Builds the report.</summary>
    /// <param name="top">How many of the most frequent racing pairs to list.</param>
    /// <returns>The report.</returns>
    public CoverageReport ToReport(int top = 20)
    {
        var covered = _covered.Order().ToArray();
        var uncovered = _registered.Where(t => !_covered.Contains(t)).Order().ToArray();
        var bothOrders = _pairs.Keys.Count(k => _pairs.ContainsKey((k.Second, k.First))) / 2;
        var topPairs = _pairs
            .Select(p => new RacingPair(p.Key.First.ToString(), p.Key.Second.ToString(), p.Value))
            .OrderByDescending(p => p.Count)
            .ThenBy(p => p.First, StringComparer.Ordinal)
            .ThenBy(p => p.Second, StringComparer.Ordinal)
            .Take(top)
            .ToArray();
        return new CoverageReport(covered, uncovered, _pairs.Count, bothOrders, topPairs);
    }

    private string? Snapshot(ActorSystem system)
    {
        var enabled = system.Enabled;
        if (enabled.Count > _labels.Length)
        {
            _labels = new EventLabel[enabled.Count * 2];
            _steps = new PendingStep[enabled.Count * 2];
            _sequences = new int[enabled.Count * 2];
        }

        for (var i = 0; i < enabled.Count; i++)
        {
            var step = enabled[i];
            _labels[i] = new EventLabel(step.ReceiverPath, step.SenderPath, step.MessageType);
            _steps[i] = step;
            _sequences[i] = step.Sequence;
        }

        _snapshotCount = enabled.Count;
        return null;
    }
}
