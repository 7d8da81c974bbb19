using IommuActors.Runtime.Scheduling;

namespace IommuActors.Exploration.Strategies;

/// <summary>
/// Naive exhaustive depth-first search over every choice point (deliveries and data choices), stateless: each
/// schedule re-executes from the start, following the current prefix, and the last unexplored alternative is
/// taken next. No reduction: independent reorderings are all enumerated (DPOR comes later).
/// </summary>
public sealed class DfsStrategy : IExplorationStrategy
{
    private readonly List<(int Count, int Chosen)> _stack = [];
    private int _depth;
    private bool _started;

    /// <inheritdoc/>
    public string Description => "dfs";

    /// <inheritdoc/>
    public bool IsExhausted { get; private set; }

    /// <summary>Gets a value indicating whether some schedule was cut off by the step bound (then the search is only bounded-exhaustive).</summary>
    public bool HitStepBound { get; private set; }

    /// <inheritdoc/>
    public bool PrepareIteration(int iteration)
    {
        _depth = 0;
        if (!_started)
        {
            _started = true;
            return true;
        }

        return !IsExhausted;
    }

    /// <inheritdoc/>
    public void CompleteIteration(bool hitStepBound)
    {
        HitStepBound |= hitStepBound;
        if (_depth < _stack.Count)
        {
            throw new UncontrolledNondeterminismException(_depth, $"the run ended after {_depth} choices where the same prefix had {_stack.Count}");
        }

        while (_stack.Count > 0 && _stack[^1].Chosen + 1 >= _stack[^1].Count)
        {
            _stack.RemoveAt(_stack.Count - 1);
        }

        if (_stack.Count == 0)
        {
            IsExhausted = true;
            return;
        }

        var (count, chosen) = _stack[^1];
        _stack[^1] = (count, chosen + 1);
    }

    /// <inheritdoc/>
    public int NextStep(EnabledSet enabled, int stepIndex) => Choose(enabled.Count, stepIndex);

    /// <inheritdoc/>
    public int NextInt(int maxExclusive, string chooser, int stepIndex) => Choose(maxExclusive, stepIndex);

    /// <inheritdoc/>
    public bool NextBool(string chooser, int stepIndex) => Choose(2, stepIndex) == 1;

    private int Choose(int count, int stepIndex)
    {
        if (_depth < _stack.Count)
        {
            var (recorded, chosen) = _stack[_depth];
            if (recorded != count)
            {
                throw new UncontrolledNondeterminismException(stepIndex, $"step {stepIndex} offered {count} options where the same prefix offered {recorded}");
            }

            _depth++;
            return chosen;
        }

        _stack.Add((count, 0));
        _depth++;
        return 0;
    }
}
