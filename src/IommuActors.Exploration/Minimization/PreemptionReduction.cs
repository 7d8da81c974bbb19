namespace IommuActors.Exploration.Minimization;

/// <summary>
/// Cuts context switches: a step whose receiver differs from its predecessor's is moved (with its data choices) to
/// just after the nearest earlier step of the same receiver, so that receiver's steps become adjacent. A move is
/// kept only when the violation still occurs and the recorded schedule is smaller.
/// </summary>
internal static class PreemptionReduction
{
    public static bool Run(MinimizerSession session)
    {
        var improved = false;
        var restart = true;
        while (restart && !session.OutOfBudget)
        {
            restart = false;
            var schedule = session.Current;
            var blocks = StepBlocks.Split(schedule);
            for (var i = 2; i < blocks.Count && !restart && !session.OutOfBudget; i++)
            {
                var receiver = blocks[i].Receiver;
                if (string.Equals(receiver, blocks[i - 1].Receiver, StringComparison.Ordinal))
                {
                    continue;
                }

                var k = i - 2;
                while (k >= 0 && !string.Equals(blocks[k].Receiver, receiver, StringComparison.Ordinal))
                {
                    k--;
                }

                if (k < 0)
                {
                    continue;
                }

                var moved = new List<StepBlocks.Block>(blocks.Count);
                moved.AddRange(blocks.Take(k + 1));
                moved.Add(blocks[i]);
                moved.AddRange(blocks.Skip(k + 1).Take(i - k - 1));
                moved.AddRange(blocks.Skip(i + 1));
                if (session.Try(StepBlocks.Join(schedule, moved)))
                {
                    improved = restart = true;
                }
            }
        }

        return improved;
    }
}
