using IommuActors.Exploration;
using IommuActors.Runtime;
using IommuActors.Runtime.Scheduling;

namespace IommuActors.TestKit;

/// <summary>
/// Base class (or helper) for xUnit tests of actor models, shaped like Akka's <c>TestKit</c>: a controlled system,
/// probes, and <see cref="Explore"/>, which explores a program and asserts that every violation it finds replays.
/// </summary>
public class ActorTestKit
{
    private int _probes;

    /// <summary>Creates a test kit whose system runs under a seeded random strategy.</summary>
    /// <param name="seed">The seed; print it in failure messages.</param>
    /// <param name="strategy">An explicit strategy instead of the seeded random one.</param>
    public ActorTestKit(ulong seed = 1, ISchedulingStrategy? strategy = null)
    {
        Sys = ActorSystem.Create("test", new ActorSystemSettings { Strategy = strategy ?? new RandomStrategy(seed), Seed = seed });
        TestActor = CreateTestProbe("testActor");
    }

    /// <summary>Gets the system under test.</summary>
    public ActorSystem Sys { get; }

    /// <summary>Gets the default probe.</summary>
    public TestProbe TestActor { get; }

    /// <summary>Explores <paramref name="program"/> and asserts that each violation found replays to the same violation.</summary>
    /// <param name="program">The program.</param>
    /// <param name="options">Exploration options; null for the defaults.</param>
    /// <returns>The report; its violations have all been replayed.</returns>
    /// <exception cref="TestKitAssertionException">A violation did not replay.</exception>
    public static ExplorationReport Explore(ActorProgram program, ExplorationOptions? options = null)
    {
        options ??= new ExplorationOptions();
        var report = TestingEngine.Explore(program, options);
        foreach (var found in report.Violations)
        {
            var replay = TestingEngine.Replay(program, found.Schedule, options.MaxSteps);
            if (!replay.Followed)
            {
                throw new TestKitAssertionException($"violation {found.Violation.Id} (schedule {found.ScheduleIndex}, seed {options.Seed}) did not replay: {replay.Divergence}");
            }

            if (replay.Run!.Violation?.Id != found.Violation.Id)
            {
                throw new TestKitAssertionException(
                    $"violation {found.Violation.Id} (schedule {found.ScheduleIndex}, seed {options.Seed}) replayed to {replay.Run.Violation?.Id ?? "no violation"}");
            }
        }

        return report;
    }

    /// <summary>Creates a probe actor.</summary>
    /// <param name="name">Its name; null for <c>probeN</c>.</param>
    /// <returns>The probe.</returns>
    public TestProbe CreateTestProbe(string? name = null) => new(Sys, name ?? $"probe{++_probes}");

    /// <summary>Creates a top-level actor in <see cref="Sys"/>.</summary>
    /// <param name="props">The recipe.</param>
    /// <param name="name">Its name.</param>
    /// <returns>The reference.</returns>
    public IActorRef ActorOf(Props props, string? name = null) => Sys.ActorOf(props, name);
}
