namespace IommuActors.Exploration.Minimization;

/// <summary>
/// Zeller and Hildebrandt's ddmin over the steps of the current schedule: split it into n chunks, try each chunk
/// alone and then each complement; on success restart from the (recorded) smaller schedule, else double n until
/// the chunks are single steps.
/// </summary>
internal static class DeltaDebugging
{
    public static bool Run(MinimizerSession session)
    {
        var improved = false;
        var n = 2;
        while (!session.OutOfBudget)
        {
            var steps = session.Current.Steps;
            var length = steps.Length;
            if (length < 2)
            {
                break;
            }

            n = Math.Min(n, length);
            var accepted = false;

            // With two chunks a subset is the other chunk's complement: test subsets only from three chunks on.
            for (var i = 0; n > 2 && i < n && !accepted; i++)
            {
                var (start, count) = Chunk(length, n, i);
                if (session.Try(steps.Skip(start).Take(count)))
                {
                    n = 2;
                    accepted = true;
                }
            }

            for (var i = 0; i < n && !accepted; i++)
            {
                var (start, count) = Chunk(length, n, i);
                if (session.TryWithout(start, count))
                {
                    n = Math.Max(n - 1, 2);
                    accepted = true;
                }
            }

            if (accepted)
            {
                improved = true;
                continue;
            }

            if (n >= length)
            {
                break;
            }

            n = Math.Min(n * 2, length);
        }

        return improved;
    }

    private static (int Start, int Count) Chunk(int length, int n, int i)
    {
        var start = (int)((long)i * length / n);
        var end = (int)((long)(i + 1) * length / n);
        return (start, end - start);
    }
}
