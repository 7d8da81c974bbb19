namespace IommuActors.Runtime.Scheduling;

/// <summary>
/// The steps enabled at a scheduling point: non-empty channels and due timers. Dense and unordered; adding and
/// removing are O(1). The order is a deterministic function of the run's history, never of hashing or addresses.
/// </summary>
public sealed class EnabledSet
{
    private PendingStep[] _items = new PendingStep[16];

    /// <summary>Gets the number of enabled steps.</summary>
    public int Count { get; private set; }

    /// <summary>Gets the enabled step at <paramref name="index"/>.</summary>
    /// <param name="index">0 to <see cref="Count"/> - 1.</param>
    /// <returns>The step.</returns>
    public PendingStep this[int index] => (uint)index < (uint)Count ? _items[index] : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>Finds the enabled step matching <paramref name="step"/> by meaning.</summary>
    /// <param name="step">The recorded step.</param>
    /// <returns>Its index, or -1.</returns>
    public int IndexOf(ScheduleStep step)
    {
        for (var i = 0; i < Count; i++)
        {
            if (_items[i].Matches(step))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Describes every enabled step, one per line, for divergence reports.</summary>
    /// <returns>The text.</returns>
    public IReadOnlyList<ScheduleStep> Describe()
    {
        var list = new List<ScheduleStep>(Count);
        for (var i = 0; i < Count; i++)
        {
            list.Add(_items[i].Describe());
        }

        return list;
    }

    internal void Add(PendingStep step)
    {
        if (step.EnabledIndex >= 0)
        {
            return;
        }

        if (Count == _items.Length)
        {
            Array.Resize(ref _items, Count * 2);
        }

        step.EnabledIndex = Count;
        _items[Count++] = step;
    }

    internal void Remove(PendingStep step)
    {
        var index = step.EnabledIndex;
        if (index < 0)
        {
            return;
        }

        var last = --Count;
        if (index != last)
        {
            var moved = _items[last];
            _items[index] = moved;
            moved.EnabledIndex = index;
        }

        _items[last] = null!;
        step.EnabledIndex = -1;
    }

    internal PendingStep Get(int index) => _items[index];
}
