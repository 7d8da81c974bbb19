using IommuActors.Exploration.Strategies;
using IommuActors.Runtime.Scheduling;

namespace IommuActors.Exploration.Dpor;

/// <summary>
/// Optimal dynamic partial-order reduction for actors (Abdulla, Aronis, Jonsson, Sagonas, POPL'14: source sets with
/// wakeup trees, plus sleep sets). Two deliveries are dependent when they go to the same actor or touch a common
/// shared resource (<see cref="IommuActors.Runtime.ActorSystem.TouchShared"/>); a delivery happens after the event
/// that sent its message. It explores one schedule per Mazurkiewicz trace. Data choices are explored exhaustively:
/// the same delivery with other choice values is a distinct (dependent) event.
/// </summary>
public sealed partial class DporStrategy : IExplorationStrategy, IStepObserverStrategy
{
    private readonly List<DporNode> _nodes = [];
    private readonly List<DporEvent> _events = [];
    private readonly Dictionary<int, int> _eventAtStep = [];
    private readonly ChoiceTree _rootChoices = new();
    private DporEvent? _running;
    private DporEvent? _target;
    private int _runningChoice;
    private bool _started;

    /// <inheritdoc/>
    public string Description => "dpor(optimal)";

    /// <inheritdoc/>
    public bool IsExhausted { get; private set; }

    /// <summary>Gets the number of executions that hit a sleep-set-blocked point (an optimal search has none).</summary>
    public int SleepBlocked { get; private set; }

    /// <inheritdoc/>
    public bool PrepareIteration(int iteration)
    {
        var more = !_started || Backtrack() || Restart();
        _started = true;
        _events.Clear();
        _eventAtStep.Clear();
        _running = null;
        _target = null;
        _rootChoices.Rewind();
        IsExhausted = !more;
        return more;
    }

    /// <inheritdoc/>
    public void CompleteIteration(bool hitStepBound)
    {
        _running = null;
        DetectRaces();
    }

    /// <inheritdoc/>
    public int NextStep(EnabledSet enabled, int stepIndex)
    {
        var depth = _events.Count;
        var node = NodeAt(depth);
        if (node.Current is null)
        {
            node.Current = node.Wakeup.Count > 0 ? node.Wakeup[0] : FreeChoice(node, enabled);
        }

        var target = node.Current.Event;
        for (var i = 0; i < enabled.Count; i++)
        {
            if (target.IsStep(enabled[i]))
            {
                Begin(enabled[i], stepIndex, target);
                return i;
            }
        }

        throw new UncontrolledNondeterminismException(stepIndex, $"DPOR expected '{target.BaseId}' to be enabled; enabled: {string.Join(" | ", enabled.Describe())}");
    }

    /// <inheritdoc/>
    public int NextInt(int maxExclusive, string chooser, int stepIndex) => Choose(maxExclusive);

    /// <inheritdoc/>
    public bool NextBool(string chooser, int stepIndex) => Choose(2) == 1;

    /// <inheritdoc/>
    public void OnStepCompleted(int stepIndex, IReadOnlyList<string> sharedResources)
    {
        if (!_eventAtStep.TryGetValue(stepIndex, out var index))
        {
            // A forced step (a message returned by UnstashAll): the strategy did not pick it, so treat it as touching everything.
            index = _events.Count;
            _events.Add(new DporEvent($"forced#{stepIndex}", "*", "*", stepIndex, false));
            _eventAtStep[stepIndex] = index;
            NodeAt(index).Current = new WakeupNode(_events[index]);
        }

        var ev = _events[index];
        ev.Shared.AddRange(sharedResources.Where(r => !ev.Shared.Contains(r)));
        var node = NodeAt(index);
        node.Current!.Event = ev;
        AddChoiceSiblings(node, ev);
        _running = null;
        _target = null;
    }

    private void Begin(PendingStep step, int stepIndex, DporEvent target)
    {
        var ev = new DporEvent(target.BaseId, target.Receiver, target.Sender, target.Sequence, target.Timer);
        if (ev.Timer)
        {
            ev.Shared.Add("clock");
        }

        ev.SentBy = step.SentAt >= 0 && _eventAtStep.TryGetValue(step.SentAt, out var sender) ? sender : -1;
        ev.ChannelPrevious = _events.FindLastIndex(e => e.Receiver == ev.Receiver && e.Sender == ev.Sender);
        _eventAtStep[stepIndex] = _events.Count;
        _events.Add(ev);
        _running = ev;
        _runningChoice = 0;
        _target = target;
    }

    private int Choose(int arity)
    {
        if (_running is null)
        {
            return _rootChoices.Next(arity);
        }

        var position = _runningChoice++;
        var value = _target is not null && position < _target.Choices.Count ? _target.Choices[position].Value : 0;
        _running.Choices.Add((value, arity));
        return value;
    }

    /// <summary>After an event ran, its other data-choice values become sibling branches at its node.</summary>
    private void AddChoiceSiblings(DporNode node, DporEvent ev)
    {
        var fixedPrefix = _target?.Choices.Count ?? 0;
        for (var p = Math.Max(fixedPrefix, 0); p < ev.Choices.Count; p++)
        {
            for (var v = ev.Choices[p].Value + 1; v < ev.Choices[p].Arity; v++)
            {
                var sibling = ev.WithChoices([.. ev.Choices.Take(p), (v, ev.Choices[p].Arity)]);
                if (!node.InSleep(sibling.Id) && !node.Wakeup.Exists(w => w.Event.Id == sibling.Id))
                {
                    node.Wakeup.Add(new WakeupNode(sibling));
                }
            }
        }
    }

    private WakeupNode FreeChoice(DporNode node, EnabledSet enabled)
    {
        for (var i = 0; i < enabled.Count; i++)
        {
            if (!node.InSleep(enabled[i]))
            {
                var fresh = new WakeupNode(DporEvent.For(enabled[i]));
                node.Wakeup.Add(fresh);
                return fresh;
            }
        }

        // Every enabled event sleeps: this execution is redundant. Optimal DPOR never gets here; count it if it does.
        SleepBlocked++;
        var any = new WakeupNode(DporEvent.For(enabled[0]));
        node.Wakeup.Add(any);
        return any;
    }

    /// <summary>Returns the node at <paramref name="depth"/>, creating it from its parent's branch and sleep set.</summary>
    private DporNode NodeAt(int depth)
    {
        while (_nodes.Count <= depth)
        {
            if (_nodes.Count == 0)
            {
                _nodes.Add(new DporNode([], []));
                continue;
            }

            var parent = _nodes[^1];
            var taken = _events[_nodes.Count - 1];
            var sleep = parent.Sleep.Where(q => !q.DependsOn(taken)).ToList();
            _nodes.Add(new DporNode(parent.Current!.Children, sleep));
        }

        return _nodes[depth];
    }

    /// <summary>Moves to the deepest node with an unexplored branch; the explored branch joins that node's sleep set.</summary>
    private bool Backtrack()
    {
        for (var d = _nodes.Count - 1; d >= 0; d--)
        {
            var node = _nodes[d];
            if (node.Current is { } done)
            {
                node.Sleep.Add(d < _events.Count ? _events[d] : done.Event);
                node.Wakeup.Remove(done);
                node.Current = null;
            }

            if (node.Wakeup.Count > 0)
            {
                _nodes.RemoveRange(d + 1, _nodes.Count - d - 1);
                return true;
            }
        }

        _nodes.Clear();
        return false;
    }

    /// <summary>The whole tree is explored for these set-up choices: start again with the next ones, if any.</summary>
    private bool Restart()
    {
        _nodes.Clear();
        return _rootChoices.Advance();
    }
}
