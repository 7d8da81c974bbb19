using IommuActors.Runtime.Scheduling;

namespace IommuActors.Exploration.Tests;

/// <summary>Wraps a strategy and logs, per decision, the actors that had an enabled step and the one chosen.</summary>
internal sealed class DecisionLog(ISchedulingStrategy inner) : ISchedulingStrategy
{
    public List<(int[] Enabled, int Chosen)> Decisions { get; } = [];

    public int NextStep(EnabledSet enabled, int stepIndex)
    {
        var pick = inner.NextStep(enabled, stepIndex);
        var actors = Enumerable.Range(0, enabled.Count).Select(i => enabled[i].ReceiverId).Distinct().ToArray();
        Decisions.Add((actors, enabled[pick].ReceiverId));
        return pick;
    }

    public int NextInt(int maxExclusive, string chooser, int stepIndex) => inner.NextInt(maxExclusive, chooser, stepIndex);

    public bool NextBool(string chooser, int stepIndex) => inner.NextBool(chooser, stepIndex);
}
