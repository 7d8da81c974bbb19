using IommuActors.Exploration;
using IommuActors.Kernel.Topology;

namespace IommuActors.Scenarios.Tests;

public class ScenarioLoaderTests
{
    private static readonly string FullPath = Fixture.Path("full.conf");
    private static readonly ScenarioSpec Full = ScenarioLoader.Load(FullPath);

    [Fact]
    public void Load_FullFixture_ReadsTheHeader()
    {
        Full.Name.ShouldBe("full-fixture");
        Full.Description.ShouldBe("Every key of the scenario format (test fixture)");
        Full.SourceFile.ShouldBe(FullPath);
        Full.Topology.Name.ShouldBe("full-fixture");
        Full.Topology.Arch.ShouldBe(Arch.Arm32);
    }

    [Fact]
    public void Load_FullFixture_ReadsTheIommus()
    {
        Full.Topology.Iommus.Length.ShouldBe(3);
        Full.Topology.Iommus[0].Name.ShouldBe("dart0");
        Full.Topology.Iommus[0].Profile.ShouldBe("apple-dart");
        Full.Topology.Iommus[0].Probe.ShouldBe([ProbeResult.Ok]);
        Full.Topology.Iommus[1].Name.ShouldBe("dart1");
        Full.Topology.Iommus[1].Probe.ShouldBe([ProbeResult.Defer, ProbeResult.Ok]);
        Full.Topology.Iommus[2].Profile.ShouldBe("arm-smmu-v3");
        Full.Topology.Iommus[2].Probe.ShouldBe([ProbeResult.Error]);
        Full.Topology.Iommus[2].Suppliers.ShouldBe(["pd-gpu"]);
        Full.Topology.Iommus[0].Suppliers.ShouldBeEmpty();
    }

    [Fact]
    public void Load_FullFixture_ReadsTheDevices()
    {
        var devices = Full.Topology.Devices;
        devices.Select(d => d.Name).ShouldBe(["display", "gpu", "vop", "pd-gpu"]);

        var display = devices[0];
        display.Bus.ShouldBe("platform");
        display.Driver.ShouldBe("display-drv");
        display.Iommus.ShouldBe([new IommuRef("dart0", 0), new IommuRef("dart1", 0x1f)]);
        display.RequireDirect.ShouldBeFalse();
        display.FirmwareDma.ShouldBeFalse();
        display.Components.ShouldBeEmpty();
        display.Suppliers.ShouldBeEmpty();
        display.Disabled.ShouldBeFalse();

        var gpu = devices[1];
        gpu.Bus.ShouldBe("pci");
        gpu.Driver.ShouldBe("master-drv");
        gpu.Iommus.ShouldBe([new IommuRef("smmu", 7), new IommuRef("dart0", 2)]);
        gpu.RequireDirect.ShouldBeTrue();
        gpu.FirmwareDma.ShouldBeTrue();
        gpu.Components.ShouldBe(["display", "vop"]);

        var vop = devices[2];
        vop.Driver.ShouldBeNull();
        vop.Iommus.ShouldBeEmpty();
        vop.Disabled.ShouldBeTrue();
        vop.Suppliers.ShouldBe(["dart1", "pd-gpu"]);
    }

    [Fact]
    public void Load_FullFixture_ReadsTheDrivers()
    {
        var drivers = Full.Topology.Drivers;
        drivers.Length.ShouldBe(3);
        drivers[0].ShouldSatisfyAllConditions(
            d => d.Name.ShouldBe("display-drv"),
            d => d.Kind.ShouldBe(DriverKind.Client),
            d => d.Probe.ShouldBe([ProbeResult.Defer, ProbeResult.NoDev, ProbeResult.Ok]),
            d => d.DmaInProbe.ShouldBeTrue(),
            d => d.Async.ShouldBeTrue(),
            d => d.Module.ShouldBeTrue());
        drivers[1].ShouldSatisfyAllConditions(
            d => d.Name.ShouldBe("master-drv"),
            d => d.Kind.ShouldBe(DriverKind.DrmMaster),
            d => d.Probe.ShouldBe([ProbeResult.Ok]),
            d => d.DmaInProbe.ShouldBeFalse(),
            d => d.Async.ShouldBeFalse(),
            d => d.Module.ShouldBeFalse());
        drivers[2].Kind.ShouldBe(DriverKind.Vfio);
    }

    [Fact]
    public void Load_FullFixture_ReadsTheUserActionsInOrder() =>
        Full.Topology.UserActions.ShouldBe(
        [
            new UserActionSpec(UserActionKind.LoadModule, "display-drv"),
            new UserActionSpec(UserActionKind.VfioAttach, "gpu"),
            new UserActionSpec(UserActionKind.VfioDetach, "gpu"),
            new UserActionSpec(UserActionKind.Unbind, "display"),
            new UserActionSpec(UserActionKind.Remove, "vop"),
        ]);

    [Fact]
    public void Load_FullFixture_ReadsTheVariantsInDeclarationOrder()
    {
        Full.Variants.Select(v => v.Name).ShouldBe(["buggy", "buggy-first-fix", "v6.15", "fixed"]);
        Full.DefaultVariant.ShouldBeSameAs(Full.Variants[0]);

        var buggy = Full.Variants[0];
        buggy.Kernel.ShouldBe("6.6");
        buggy.Fixes.ShouldBeEmpty();
        buggy.WithoutFixes.ShouldBeEmpty();
        buggy.Expect.ShouldBe(["iommu-config-einval"]);
        buggy.Note.ShouldBe("the first bug");

        var firstFix = Full.FindVariant("buggy-first-fix").ShouldNotBeNull();
        firstFix.Kernel.ShouldBe("6.10");
        firstFix.Fixes.ShouldBe(["asahi-xlate-defer", "3f7c3209"]);
        firstFix.Expect.ShouldBe(["partial-iommu-probe", "iommu-config-einval"]);
        firstFix.Note.ShouldBeNull();

        var dotted = Full.FindVariant("v6.15").ShouldNotBeNull();
        dotted.Kernel.ShouldBe("6.15");
        dotted.Expect.ShouldBeEmpty();

        var fixedVariant = Full.Variants[3];
        fixedVariant.Kernel.ShouldBe("v6.11");
        fixedVariant.WithoutFixes.ShouldBe(["of-configure-simplified"]);
        fixedVariant.Expect.ShouldBeEmpty();

        Full.FindVariant("nope").ShouldBeNull();
    }

    [Fact]
    public void Load_FullFixture_ReadsTheExplorationDefaults() =>
        Full.Exploration.ShouldBe(new ExplorationDefaults { Strategy = StrategyKind.Dfs, Iterations = 250, MaxSteps = 4000, Seed = 42 });

    [Fact]
    public void Load_MinimalFile_UsesTheDefaults()
    {
        var spec = ScenarioLoader.Load(Fixture.Path("minimal.conf"));

        spec.Description.ShouldBeEmpty();
        spec.Topology.Arch.ShouldBe(Arch.Arm64);
        spec.Topology.Iommus.ShouldBeEmpty();
        spec.Topology.Devices.ShouldBeEmpty();
        spec.Topology.Drivers.ShouldBeEmpty();
        spec.Topology.UserActions.ShouldBeEmpty();
        spec.Exploration.ShouldBe(ExplorationDefaults.None);
        spec.Variants.ShouldHaveSingleItem().Expect.ShouldBeEmpty();
    }

    [Fact]
    public void Load_VariantsAsAList_KeepsTheirOrder()
    {
        var spec = ScenarioLoader.Load(Fixture.Path("variant-list.conf"));

        spec.Variants.Select(v => (v.Name, v.Kernel)).ShouldBe([("first", "6.2"), ("second", "6.3")]);
        spec.Variants[1].Expect.ShouldBe(["detach-to-null-default-domain"]);
    }
}
