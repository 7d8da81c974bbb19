using IommuActors.Exploration;
using IommuActors.Kernel.Versions;
using IommuActors.Runtime;

namespace IommuActors.Scenarios.Tests;

/// <summary>The kernel model on real threads: thread actors share the kernel's state under the shared-state lock.</summary>
public class ConcurrentKernelRunTests
{
    private static readonly ScenarioSpec AppleSoc = ScenarioLoader.Load(RepoPaths.File("scenarios", "apple-soc-gen.conf"));

    [Fact]
    public void Mainline_OnRealThreads_EveryRunRebuildsToTheSameFinalState()
    {
        var program = ScenarioExplorer.Program(AppleSoc, KernelConfig.Resolve("6.15", [], []));

        for (var i = 0; i < 40; i++)
        {
            // When
            var run = TestingEngine.RunConcurrent(program, workers: 2, seed: (ulong)i);
            var controlled = TestingEngine.ToControlled(program, run);

            // Then
            run.Outcome.ShouldBe(RunOutcome.Quiescent, $"run {i}: {run.Violation}");
            controlled.Followed.ShouldBeTrue($"run {i}: {controlled.Divergence}");
            controlled.Run!.StateHash.ShouldBe(run.StateHash, $"run {i}");
            TestingEngine.Replay(program, controlled.Run.Schedule).Run!.StateHash.ShouldBe(run.StateHash, $"run {i}");
        }
    }

    [Fact]
    public void V66_ViolationsFoundOnRealThreads_ReplayDeterministicallyInControlledMode()
    {
        var program = ScenarioExplorer.Program(AppleSoc, KernelConfig.Resolve("6.6", [], []));
        var found = 0;

        for (var i = 0; i < 20; i++)
        {
            var run = TestingEngine.RunConcurrent(program, workers: 2, seed: (ulong)i);
            if (run.Violation is null)
            {
                continue;
            }

            // When
            found++;
            var controlled = TestingEngine.ToControlled(program, run);

            // Then: the rebuilt schedule ends in the same violation, and two replays agree on it and on the final state.
            controlled.Followed.ShouldBeTrue($"run {i}: {controlled.Divergence}");
            controlled.Run!.Violation!.Id.ShouldBe(run.Violation.Id);
            var first = TestingEngine.Replay(program, controlled.Run.Schedule).Run!;
            var second = TestingEngine.Replay(program, controlled.Run.Schedule).Run!;
            first.Violation!.Id.ShouldBe(run.Violation.Id);
            second.Violation!.Id.ShouldBe(run.Violation.Id);
            second.StateHash.ShouldBe(first.StateHash);
            first.StateHash.ShouldBe(controlled.Run.StateHash);
        }

        found.ShouldBeGreaterThan(0);
    }
}
