using IommuActors.Exploration;
using IommuActors.Kernel;
using IommuActors.Kernel.Topology;
using IommuActors.Kernel.Versions;

namespace IommuActors.Scenarios.Tests;

public class FaultInjectionTests
{
    private static readonly KernelConfig Mainline = KernelConfig.Resolve("6.15", [], []);

    [Fact]
    public void InjectedFaults_AreRecordedChoices_ThatExhaustiveSearchEnumerates_AndThatReplay()
    {
        // Given: a display (module, loaded after boot) and a built-in client; with faults a probe may fail once, and
        // the built-in client's may defer up to twice during boot (a module's probe runs after the initcalls).
        var plain = ScenarioLoader.Load("gen:apple-soc,display-darts=1,usb=0,isp=false,extra-devices=1");
        var faulty = plain.Topology with { Faults = new FaultSpec { ProbeFailures = true, DeferStorm = 2 } };
        var options = new ExplorationOptions { Strategy = StrategyKind.Dfs, Iterations = 100_000, StopOnFirstViolation = false, Minimize = false };

        // When
        var without = TestingEngine.Explore(KernelModel.Build(plain.Topology, Mainline), options);
        var collect = new Collect();
        var with = TestingEngine.Explore(KernelModel.Build(faulty, Mainline), options with { Observer = collect });

        // Then: both searches are exhaustive; the faults add schedules, none of which breaks an invariant on mainline.
        without.Exhaustive.ShouldBeTrue();
        with.Exhaustive.ShouldBeTrue();
        with.Schedules.ShouldBeGreaterThan(without.Schedules);
        with.Violations.ShouldBeEmpty();
        var traces = collect.Schedules.Select(s => KernelModel.Trace(faulty, Mainline, s)).ToList();
        traces.ShouldAllBe(t => t.Replay.Followed);
        traces.ShouldContain(t => t.Dmesg.Any(l => l.Contains("fault injection: display-subsystem probe returns -EIO", StringComparison.Ordinal)));
        traces.ShouldContain(t => t.Dmesg.Count(l => l.Contains("fault injection: client0 probe returns -EPROBE_DEFER", StringComparison.Ordinal)) == 2);
        traces.ShouldNotContain(t => t.Dmesg.Any(l => l.Contains("display-subsystem probe returns -EPROBE_DEFER", StringComparison.Ordinal)));
    }

    [Fact]
    public void LateIommuDrivers_AndUnbindRebind_AreExploredOnMainlineWithoutFalseReports()
    {
        var plain = ScenarioLoader.Load("gen:apple-soc,display-darts=1,usb=0,isp=false,extra-devices=1");
        var faulty = plain.Topology with { Faults = new FaultSpec { LateIommuDrivers = true, UnbindRebind = 1 } };
        var collect = new Collect();

        var report = TestingEngine.Explore(KernelModel.Build(faulty, Mainline), new ExplorationOptions
        {
            Strategy = StrategyKind.Random, Iterations = 400, StopOnFirstViolation = false, Minimize = false, Observer = collect,
        });

        report.Violations.ShouldBeEmpty();
        var dmesg = collect.Schedules.Select(s => KernelModel.Trace(faulty, Mainline, s).Dmesg).ToList();
        dmesg.ShouldContain(d => d.Any(l => l.Contains("fault injection: apple-dart left to user space as a module", StringComparison.Ordinal)));
        dmesg.ShouldContain(d => d.Any(l => l.Contains("driver apple-dart: registered", StringComparison.Ordinal)));
        dmesg.ShouldContain(d => d.Any(l => l.EndsWith("client0: remove", StringComparison.Ordinal)));
        dmesg.ShouldContain(d => d.Any(l => l.EndsWith("display-subsystem: remove", StringComparison.Ordinal)));
    }

    [Fact]
    public void FaultsBlock_IsReadIntoTheTopology_AndABadCountNamesItsKey()
    {
        var directory = Directory.CreateTempSubdirectory("iommu-actors-faults-").FullName;
        try
        {
            var good = Path.Combine(directory, "good.conf");
            var bad = Path.Combine(directory, "bad.conf");
            const string Head = "scenario {\n  name = f\n  generator { kind = apple-soc }\n  variants { v { kernel = \"6.15\", expect = [] } }\n";
            File.WriteAllText(good, Head + "  faults { probe-failures = true, defer-storm = 2, late-iommu-drivers = true, unbind-rebind = 3, vfio-churn = 1 }\n}\n");
            File.WriteAllText(bad, Head + "  faults {\n    defer-storm = 99\n  }\n}\n");

            ScenarioLoader.Load(good).Topology.Faults.ShouldBe(new FaultSpec { ProbeFailures = true, DeferStorm = 2, LateIommuDrivers = true, UnbindRebind = 3, VfioChurn = 1 });
            Should.Throw<ScenarioException>(() => ScenarioLoader.Load(bad)).Message.ShouldStartWith($"{bad}:6:19: scenario.faults.defer-storm: must be between 0 and 16, not 99");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private sealed class Collect : IExplorationObserver
    {
        public List<Runtime.Scheduling.Schedule> Schedules { get; } = [];

        public bool WantsSchedules => true;

        public void OnViolation(FoundViolation violation)
        {
        }

        public void OnScheduleCompleted(int index, int schedules, long steps, Runtime.Scheduling.Schedule? schedule) => Schedules.Add(schedule!);
    }
}
