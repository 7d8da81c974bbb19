namespace IommuActors.Exploration.Dpor;

/// <summary>Race detection at the end of an execution and insertion of reversals into wakeup trees.</summary>
public sealed partial class DporStrategy
{
    /// <summary>
    /// For each pair of events in a race (dependent, the earlier one an immediate happens-before predecessor, and
    /// not the sender of the later one's message), builds v = the events between them that do not happen after
    /// the first, then the second; and schedules v at the first event's node unless its sleep set or wakeup tree
    /// already covers it.
    /// </summary>
    private void DetectRaces()
    {
        var n = _events.Count;
        var words = (n + 63) / 64;
        var hb = new ulong[n][];
        for (var j = 0; j < n; j++)
        {
            hb[j] = new ulong[words];
            for (var i = 0; i < j; i++)
            {
                if (_events[j].Requires(i) || _events[i].DependsOn(_events[j]))
                {
                    for (var w = 0; w < words; w++)
                    {
                        hb[j][w] |= hb[i][w];
                    }

                    hb[j][i >> 6] |= 1UL << (i & 63);
                }
            }
        }

        for (var j = 0; j < n; j++)
        {
            for (var i = 0; i < j; i++)
            {
                if (_events[j].Requires(i) || !_events[i].DependsOn(_events[j]) || !Immediate(hb, i, j))
                {
                    continue;
                }

                var v = new List<int>();
                for (var k = i + 1; k < j; k++)
                {
                    if (!Get(hb[k], i))
                    {
                        v.Add(k);
                    }
                }

                v.Add(j);
                Insert(_nodes[i], v);
            }
        }
    }

    private static bool Get(ulong[] bits, int i) => (bits[i >> 6] & (1UL << (i & 63))) != 0;

    /// <summary>No event k between i and j with i → k → j.</summary>
    private static bool Immediate(ulong[][] hb, int i, int j)
    {
        for (var k = i + 1; k < j; k++)
        {
            if (Get(hb[j], k) && Get(hb[k], i))
            {
                return false;
            }
        }

        return true;
    }

    private void Insert(DporNode node, List<int> v)
    {
        foreach (var slept in node.Sleep)
        {
            if (WeakInitial(slept, v))
            {
                return; // exploring v would repeat a trace already covered from here
            }
        }

        var level = node.Wakeup;
        var rest = new List<int>(v);
        while (rest.Count > 0)
        {
            WakeupNode? match = null;
            foreach (var child in level)
            {
                if (WeakInitial(child.Event, rest))
                {
                    match = child;
                    break;
                }
            }

            if (match is null)
            {
                AddChain(level, rest);
                return;
            }

            rest.RemoveAll(k => _events[k].Id == match.Event.Id);
            if (match.Children.Count == 0 && !IsOnCurrentPath(match))
            {
                return; // an existing branch w ⊑ v
            }

            level = match.Children;
        }
    }

    /// <summary>p ∈ WI(v): p is an initial of v (occurs in it with nothing it depends on before it), or is independent of all of v.</summary>
    private bool WeakInitial(DporEvent p, List<int> v)
    {
        for (var m = 0; m < v.Count; m++)
        {
            var e = _events[v[m]];
            if (e.Id == p.Id)
            {
                for (var l = 0; l < m; l++)
                {
                    if (_events[v[l]].DependsOn(e) || e.Requires(v[l]))
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        foreach (var k in v)
        {
            if (_events[k].DependsOn(p))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsOnCurrentPath(WakeupNode node) => _nodes.Exists(n => ReferenceEquals(n.Current, node));

    private void AddChain(List<WakeupNode> level, List<int> rest)
    {
        foreach (var k in rest)
        {
            var next = new WakeupNode(_events[k].WithChoices(_events[k].Choices));
            level.Add(next);
            level = next.Children;
        }
    }
}
