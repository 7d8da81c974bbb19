using IommuActors.Runtime;
using IommuActors.Runtime.Scheduling;

namespace IommuActors.Exploration.Tests.Dpor;

/// <summary>Generated programs whose handlers make a data choice that decides whether they send more.</summary>
internal static class ChoosingPrograms
{
    public static ActorProgram Generate(ulong seed)
    {
        var random = new DeterministicRandom(seed);
        var actors = 2 + random.NextInt(3);
        var messages = 2 + random.NextInt(3);
        return new ActorProgram($"choosing-{seed}", system =>
        {
            var refs = new IActorRef[actors];
            for (var a = 0; a < actors; a++)
            {
                refs[a] = system.ActorOf(Props.Create(() => new Chooser(refs)), $"a{a}");
            }

            for (var m = 0; m < messages; m++)
            {
                refs[m % actors].Tell(m);
            }
        });
    }

    /// <summary>A trace class that includes every data choice, attributed to the actor that made it.</summary>
    public static string TraceClass(Schedule schedule) => string.Join(";", schedule.Steps
        .GroupBy(s => s.Kind == StepKind.Deliver ? s.Receiver : s.Receiver + "!")
        .OrderBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => g.Key + ":" + string.Join(",", g.Select(s => s.Kind == StepKind.Deliver ? s.Sender + "#" + s.Sequence : "v" + s.Value))));

    private sealed class Chooser : ReceiveActor
    {
        public Chooser(IActorRef[] refs)
        {
            Receive<int>(message =>
            {
                var choice = Context.ChooseInt(2);
                Log.Add((message * 10) + choice);
                if (message < 3 && choice == 1)
                {
                    refs[(message + 1) % refs.Length].Tell(message + 100);
                }
            });
        }

        public List<int> Log { get; } = [];
    }
}
