namespace IommuActors.Exploration.Minimization;

/// <summary>
/// Cuts context switches: a step whose receiver differs from its predecessor's is moved (with its data choices) to
/// just after the nearest earlier step of the same receiver, so that receiver's steps become adjacent. A move is
/// kept only when the violation still occurs and the recorded schedule is smaller.
/// </summary>
internal static class PreemptionReduction
{
    public static bool Run(MinimizerSession session) => session.BlockByBlock(2, (schedule, blocks, i) =>
    {
        var receiver = blocks[i].Receiver;
        if (string.Equals(receiver, blocks[i - 1].Receiver, StringComparison.Ordinal))
        {
            return false;
        }

        var k = i - 2;
        while (k >= 0 && !string.Equals(blocks[k].Receiver, receiver, StringComparison.Ordinal))
        {
            k--;
        }

        if (k < 0)
        {
            return false;
        }

        var moved = new List<StepBlocks.Block>(blocks.Count);
        moved.AddRange(blocks.Take(k + 1));
        moved.Add(blocks[i]);
        moved.AddRange(blocks.Skip(k + 1).Take(i - k - 1));
        moved.AddRange(blocks.Skip(i + 1));
        return session.Try(StepBlocks.Join(schedule, moved));
    });
}
