using IommuActors.Runtime;
using IommuActors.Runtime.Scheduling;

namespace IommuActors.Exploration.Tests.Dpor;

/// <summary>
/// Seeded random actor programs: 2–5 actors; each message, when delivered, is logged by its receiver and makes it
/// send the next messages of a fixed script, for at most 8 messages in all.
/// </summary>
internal static class GeneratedPrograms
{
    public static ActorProgram Generate(ulong seed)
    {
        var random = new DeterministicRandom(seed);
        var actors = 2 + random.NextInt(4);
        var budget = 3 + random.NextInt(6);
        var script = new Dictionary<int, List<(int Target, int Message)>>();
        var initial = new List<(int Target, int Message)>();
        var next = 0;
        var frontier = new List<int>();
        for (var i = 0; i < 1 + random.NextInt(3) && next < budget; i++)
        {
            initial.Add((random.NextInt(actors), next));
            frontier.Add(next++);
        }

        while (next < budget && frontier.Count > 0)
        {
            var parent = frontier[random.NextInt(frontier.Count)];
            if (!script.TryGetValue(parent, out var sends))
            {
                script[parent] = sends = [];
            }

            sends.Add((random.NextInt(actors), next));
            frontier.Add(next++);
        }

        return new ActorProgram($"generated-{seed}", system =>
        {
            var refs = new IActorRef[actors];
            for (var a = 0; a < actors; a++)
            {
                refs[a] = system.ActorOf(Props.Create(() => new Scripted(script, refs)), $"a{a}");
            }

            foreach (var (target, message) in initial)
            {
                refs[target].Tell(message);
            }
        });
    }

    /// <summary>The canonical form of a run's Mazurkiewicz trace: the order in which each actor received its messages.</summary>
    public static string TraceClass(Schedule schedule) => string.Join(";", schedule.Steps
        .Where(s => s.Kind == StepKind.Deliver)
        .GroupBy(s => s.Receiver)
        .OrderBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => g.Key + ":" + string.Join(",", g.Select(s => s.Sender + "#" + s.Sequence))));

    private sealed class Scripted : ReceiveActor
    {
        public Scripted(Dictionary<int, List<(int Target, int Message)>> script, IActorRef[] refs)
        {
            Receive<int>(message =>
            {
                Log.Add(message);
                if (script.TryGetValue(message, out var sends))
                {
                    foreach (var (target, next) in sends)
                    {
                        refs[target].Tell(next);
                    }
                }
            });
        }

        public List<int> Log { get; } = [];
    }
}
