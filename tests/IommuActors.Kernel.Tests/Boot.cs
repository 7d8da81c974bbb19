using IommuActors.Exploration;
using IommuActors.Exploration.Strategies;
using IommuActors.Kernel.Topology;
using IommuActors.Kernel.Versions;

namespace IommuActors.Kernel.Tests;

/// <summary>Boots a topology once (seeded) and returns the run and its dmesg.</summary>
internal static class Boot
{
    public static (RunRecord Run, IReadOnlyList<string> Dmesg) Once(TopologySpec topology, string kernel, string[]? fixes = null, string[]? without = null, ulong seed = 1)
    {
        var config = KernelConfig.Resolve(kernel, fixes, without);
        var run = TestingEngine.RunOnce(KernelModel.Build(topology, config), new RandomExplorationStrategy(seed), 10_000);
        var trace = KernelModel.Trace(topology, config, run.Schedule);
        trace.Replay.Followed.ShouldBeTrue(trace.Replay.Divergence?.ToString());
        return (run, trace.Dmesg);
    }

    public static ExplorationReport Explore(TopologySpec topology, string kernel, StrategyKind strategy, string[]? fixes = null, int iterations = 10_000) =>
        TestingEngine.Explore(KernelModel.Build(topology, KernelConfig.Resolve(kernel, fixes)), new ExplorationOptions { Strategy = strategy, Iterations = iterations, MaxSteps = 5000 });

    public static int IndexOf(this IReadOnlyList<string> dmesg, string fragment)
    {
        for (var i = 0; i < dmesg.Count; i++)
        {
            if (dmesg[i].Contains(fragment, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
