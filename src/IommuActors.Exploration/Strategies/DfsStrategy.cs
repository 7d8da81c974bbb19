using System.Globalization;
using System.Text;
using IommuActors.Runtime.Scheduling;

namespace IommuActors.Exploration.Strategies;

/// <summary>
/// Naive exhaustive depth-first search over every choice point (deliveries and data choices), stateless: each
/// schedule re-executes from the start, following the current prefix, and the last unexplored alternative is
/// taken next. No reduction: independent reorderings are all enumerated (DPOR comes later).
/// </summary>
public sealed class DfsStrategy : IExplorationStrategy
{
    private const string Prefix = "dfs:";

    private readonly List<(int Count, int Chosen)> _stack = [];
    private int _depth;
    private bool _started;

    /// <inheritdoc/>
    public string Description => "dfs";

    /// <inheritdoc/>
    public bool IsExhausted { get; private set; }

    /// <summary>Gets a value indicating whether some schedule was cut off by the step bound (then the search is only bounded-exhaustive).</summary>
    public bool HitStepBound { get; private set; }

    /// <summary>
    /// Gets the search frontier between schedules (after <see cref="CompleteIteration"/>): the choice count and the
    /// alternative to take next at every depth of the next schedule's forced prefix, e.g. <c>dfs:3.1,2.0</c>, or
    /// <c>dfs:done</c> once exhausted. <see cref="FromFrontier"/> continues the search from it.
    /// </summary>
    public string Frontier
    {
        get
        {
            if (IsExhausted)
            {
                return Prefix + "done";
            }

            var text = new StringBuilder(Prefix);
            for (var i = 0; i < _stack.Count; i++)
            {
                text.Append(i == 0 ? string.Empty : ",").Append(CultureInfo.InvariantCulture, $"{_stack[i].Count}.{_stack[i].Chosen}");
            }

            return text.ToString();
        }
    }

    /// <summary>Continues a search from a <see cref="Frontier"/> recorded by an earlier run of the same program.</summary>
    /// <param name="frontier">The frontier.</param>
    /// <returns>A strategy whose next schedule is the one the recorded run would have explored next.</returns>
    /// <exception cref="FormatException">The text is not a frontier.</exception>
    public static DfsStrategy FromFrontier(string frontier)
    {
        ArgumentNullException.ThrowIfNull(frontier);
        if (!frontier.StartsWith(Prefix, StringComparison.Ordinal))
        {
            throw new FormatException($"'{frontier}' is not a dfs frontier (it must start with '{Prefix}')");
        }

        var strategy = new DfsStrategy { _started = true };
        var body = frontier[Prefix.Length..];
        if (body == "done")
        {
            strategy.IsExhausted = true;
            return strategy;
        }

        foreach (var level in body.Length == 0 ? [] : body.Split(','))
        {
            var dot = level.IndexOf('.', StringComparison.Ordinal);
            if (dot < 0
                || !int.TryParse(level.AsSpan(0, dot), NumberStyles.None, CultureInfo.InvariantCulture, out var count)
                || !int.TryParse(level.AsSpan(dot + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var chosen)
                || count < 1 || chosen >= count)
            {
                throw new FormatException($"'{level}' in a dfs frontier is not COUNT.CHOSEN with CHOSEN < COUNT");
            }

            strategy._stack.Add((count, chosen));
        }

        return strategy;
    }

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
