using IommuActors.Runtime.Hashing;

namespace IommuActors.Runtime;

/// <summary>The stable hash of a system's whole state, for replay checks.</summary>
public sealed partial class ActorSystem
{
    /// <summary>
    /// Hashes the state of every live actor (path, type, behaviour depth, stash, fields), every queued message and
    /// the virtual clock. Equal states give equal hashes in every process.
    /// </summary>
    /// <returns>The state hash.</returns>
    public ulong ComputeStateHash()
    {
        var h = new StateHasher();
        h.Add(Clock.Ticks);
        HashCell(h, _guardian);
        return h.Value;
    }

    private static void HashCell(StateHasher h, ActorCell cell)
    {
        h.Add(cell.PathText);
        h.Add(cell.Actor?.GetType().Name);
        h.Add(cell.BehaviorDepth);
        h.Add(cell.StashCount);
        if (cell.Actor is { } actor)
        {
            h.Add((object)actor);
        }

        foreach (var channel in cell.Incoming)
        {
            if (channel.Count > 0)
            {
                h.Add(channel.SenderPath);
                h.Add(channel.Count);
                foreach (var message in channel.PendingMessages())
                {
                    h.Add(message);
                }
            }
        }

        foreach (var child in cell.Children)
        {
            HashCell(h, child);
        }
    }
}
