using IommuActors.Exploration.Dpor;
using IommuActors.Exploration.Strategies;
using IommuActors.Runtime;

namespace IommuActors.Exploration.Tests.Dpor;

public class DporPropertyTests
{
    [Fact]
    public void Dpor_GeneratedPrograms_OneSchedulePerTraceAndTheSameFinalStates()
    {
        // Given: 250 seeded programs; brute force enumerates every interleaving and groups them by trace.
        for (ulong seed = 1; seed <= 250; seed++)
        {
            var program = GeneratedPrograms.Generate(seed);
            var brute = Enumerate(program, new DfsStrategy());
            var dpor = new DporStrategy();

            // When
            var explored = Enumerate(program, dpor);

            // Then
            var message = $"seed {seed}: {brute.Runs.Count} interleavings, {brute.Classes.Count} traces; DPOR explored {explored.Runs.Count}";
            explored.Runs.Count.ShouldBe(brute.Classes.Count, message);
            explored.Classes.ShouldBe(brute.Classes, ignoreOrder: true, message);
            explored.States.ShouldBe(brute.States, ignoreOrder: true, message);
            dpor.SleepBlocked.ShouldBe(0, message);
        }
    }

    [Fact]
    public void Dpor_GeneratedProgramsWithDataChoices_OneSchedulePerTraceAndChoiceVector()
    {
        for (ulong seed = 1; seed <= 120; seed++)
        {
            var program = ChoosingPrograms.Generate(seed);
            var brute = Enumerate(program, new DfsStrategy(), ChoosingPrograms.TraceClass);
            var dpor = new DporStrategy();

            var explored = Enumerate(program, dpor, ChoosingPrograms.TraceClass);

            var message = $"seed {seed}: {brute.Runs.Count} runs, {brute.Classes.Count} classes; DPOR explored {explored.Runs.Count}";
            explored.Runs.Count.ShouldBe(brute.Classes.Count, message);
            explored.Classes.ShouldBe(brute.Classes, ignoreOrder: true, message);
            explored.States.ShouldBe(brute.States, ignoreOrder: true, message);
        }
    }

    [Theory]
    [InlineData(2, 2, 6)]
    [InlineData(2, 3, 20)]
    [InlineData(3, 2, 90)]
    public void Dpor_SharedMemorySteps_AllOrdersAreDistinctTraces(int threads, int steps, int expected)
    {
        // Every step touches the same shared memory, so every interleaving is its own trace (multinomial count).
        var program = SharedMemoryProgram.Create(threads, steps);

        var dpor = Enumerate(program, new DporStrategy());
        var brute = Enumerate(program, new DfsStrategy());

        dpor.Runs.Count.ShouldBe(expected);
        dpor.States.ShouldBe(brute.States, ignoreOrder: true);
        dpor.States.Count.ShouldBe(expected);
    }

    [Fact]
    public void Dpor_IndependentReceivers_ExploresOneSchedule()
    {
        // Three senders to three different receivers: every interleaving is the same trace.
        var program = new ActorProgram("independent", system =>
        {
            for (var i = 0; i < 3; i++)
            {
                var receiver = system.ActorOf(Props.Create(() => new Sink()), $"r{i}");
                receiver.Tell(i);
                receiver.Tell(i + 10);
            }
        });

        Enumerate(program, new DporStrategy()).Runs.Count.ShouldBe(1);
        Enumerate(program, new DfsStrategy()).Runs.Count.ShouldBe(90);
    }

    private static (List<RunRecord> Runs, HashSet<string> Classes, HashSet<ulong> States) Enumerate(ActorProgram program, IExplorationStrategy strategy) =>
        Enumerate(program, strategy, GeneratedPrograms.TraceClass);

    private static (List<RunRecord> Runs, HashSet<string> Classes, HashSet<ulong> States) Enumerate(
        ActorProgram program, IExplorationStrategy strategy, Func<Runtime.Scheduling.Schedule, string> traceClass)
    {
        var runs = new List<RunRecord>();
        for (var i = 0; i < 200_000 && strategy.PrepareIteration(i); i++)
        {
            var run = TestingEngine.RunOnce(program, strategy, 1000);
            strategy.CompleteIteration(run.Outcome == Runtime.RunOutcome.StepBound);
            runs.Add(run);
        }

        strategy.IsExhausted.ShouldBeTrue();
        return (runs, [.. runs.Select(r => traceClass(r.Schedule))], [.. runs.Select(r => r.StateHash)]);
    }

    private sealed class Sink : ReceiveActor
    {
        public Sink() => ReceiveAny(_ => { });
    }
}
