using IommuActors.Runtime;

namespace IommuActors.Exploration.Tests.Dpor;

/// <summary>Threads as actors stepping through shared memory (declared with TouchShared), like the kernel model.</summary>
internal static class SharedMemoryProgram
{
    public static ActorProgram Create(int threads, int steps) => new($"shared-{threads}x{steps}", system =>
    {
        var memory = new List<string>();
        for (var t = 0; t < threads; t++)
        {
            var id = t;
            system.ActorOf(Props.Create(() => new Stepper(memory, id, steps)), $"t{t}").Tell(0);
        }

        system.ActorOf(Props.Create(() => new Holder(memory)), "memory");
    });

    private sealed class Stepper : ReceiveActor
    {
        public Stepper(List<string> memory, int id, int steps)
        {
            Receive<int>(step =>
            {
                Context.System.TouchShared("memory");
                memory.Add($"{id}.{step}");
                if (step + 1 < steps)
                {
                    Self.Tell(step + 1);
                }
            });
        }
    }

    /// <summary>Carries the shared memory into the final-state hash.</summary>
    private sealed class Holder(List<string> memory) : ReceiveActor
    {
        public List<string> Memory { get; } = memory;
    }
}
