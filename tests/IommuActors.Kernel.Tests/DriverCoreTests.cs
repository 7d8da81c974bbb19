using IommuActors.Exploration;
using IommuActors.Kernel.Topology;

namespace IommuActors.Kernel.Tests;

public class DriverCoreTests
{
    [Fact]
    public void ReallyProbe_Order_DmaConfigureBeforeProbeAndBoundAfter()
    {
        // really_probe(): dma_configure (of_iommu_configure, iommu_probe_device) runs before drv->probe; driver_bound after.
        var (_, dmesg) = Boot.Once(Topologies.One("arm-smmu-v3"), "6.6");

        var probing = dmesg.IndexOf("client: probing driver with device dev0");
        var xlate = dmesg.IndexOf("of_xlate dev0");
        var group = dmesg.IndexOf("Adding device dev0 to group");
        var bound = dmesg.IndexOf("client dev0: bound");
        probing.ShouldBeGreaterThanOrEqualTo(0);
        xlate.ShouldBeGreaterThan(probing);
        group.ShouldBeGreaterThan(xlate);
        bound.ShouldBeGreaterThan(group);
    }

    [Fact]
    public void DriverProbeDevice_DeferThenOk_IsRetriedByTheDeferredWorkerAndBinds()
    {
        // driver_probe_device(): -EPROBE_DEFER puts the device on the pending list; late_initcall's trigger retries it.
        var (run, dmesg) = Boot.Once(Topologies.One("arm-smmu-v3", probe: [ProbeResult.Defer, ProbeResult.Ok]), "6.6");

        dmesg.IndexOf("client dev0: probe deferred (probe)").ShouldBeGreaterThanOrEqualTo(0);
        dmesg.IndexOf("deferred probe: retrying dev0").ShouldBeGreaterThan(dmesg.IndexOf("probe deferred"));
        dmesg.IndexOf("client dev0: bound").ShouldBeGreaterThan(dmesg.IndexOf("retrying dev0"));
        run.Violation.ShouldBeNull();
    }

    [Fact]
    public void DriverProbeDevice_TriggerCountRace_NoScheduleLeavesARetryableDeviceDeferred()
    {
        // The trigger-count check in driver_probe_device() re-triggers when something bound while a probe was
        // deferring; without it a device could wait forever. Every schedule of a supplier racing its consumer:
        var topology = new TopologySpec
        {
            Name = "supplier-race",
            Iommus = [new IommuSpec("iommu0", "arm-smmu-v3")],
            Devices =
            [
                new DeviceSpec("supplier") { Driver = "sup" },
                new DeviceSpec("consumer") { Driver = "con", Suppliers = ["supplier"], Iommus = [new IommuRef("iommu0", 3)] },
            ],
            Drivers = [new DriverSpec("sup") { Module = true }, new DriverSpec("con") { Module = true }],
            UserActions = [new UserActionSpec(UserActionKind.LoadModule, "sup"), new UserActionSpec(UserActionKind.LoadModule, "con")],
        };

        var report = Boot.Explore(topology, "6.15", StrategyKind.Dfs, iterations: 1_000_000);

        report.Exhaustive.ShouldBeTrue();
        report.Violations.ShouldBeEmpty();
    }

    [Fact]
    public void DeviceAdd_DisabledDevice_IsNeverCreated()
    {
        var topology = Topologies.One("arm-smmu-v3") with
        {
            Devices = [new DeviceSpec("dev0") { Driver = "client", Iommus = [new IommuRef("iommu0", 1)], Disabled = true }],
        };

        var (_, dmesg) = Boot.Once(topology, "6.15");

        dmesg.IndexOf("dev0").ShouldBe(-1);
    }
}
