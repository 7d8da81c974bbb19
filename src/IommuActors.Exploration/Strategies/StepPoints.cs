using IommuActors.Runtime.Scheduling;

namespace IommuActors.Exploration.Strategies;

/// <summary>
/// Samples the decision indices at which PCT changes a priority or delay bounding delays. Only contested decisions
/// count (more than one actor has an enabled step): at any other a priority change or a delay cannot change which
/// actor runs, so spending a point there would waste it.
/// </summary>
internal static class StepPoints
{
    /// <summary>Tells whether a decision is contested: the enabled steps belong to more than one actor.</summary>
    /// <param name="enabled">The enabled steps.</param>
    /// <returns>True when at least two actors have an enabled step.</returns>
    public static bool IsContested(EnabledSet enabled)
    {
        var first = enabled[0].ReceiverId;
        for (var i = 1; i < enabled.Count; i++)
        {
            if (enabled[i].ReceiverId != first)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Draws up to <paramref name="count"/> distinct indices uniformly from [0, <paramref name="length"/>), sorted.</summary>
    /// <param name="random">The schedule's random stream.</param>
    /// <param name="count">How many points (0 or more).</param>
    /// <param name="length">The estimated schedule length (positive).</param>
    /// <returns>The points in increasing order; all of [0, length) when count is at least length.</returns>
    public static int[] Sample(DeterministicRandom random, int count, int length)
    {
        if (count >= length)
        {
            return [.. Enumerable.Range(0, length)];
        }

        var points = new SortedSet<int>();
        while (points.Count < count)
        {
            points.Add(random.NextInt(length));
        }

        return [.. points];
    }
}
