using IommuActors.Exploration;
using IommuActors.Kernel.Topology;
using IommuActors.Kernel.Topology.Generators;

namespace IommuActors.Scenarios.Tests;

public class GeneratorTests
{
    [Fact]
    public void AppleSoc_GangsTheDisplayOnItsDarts_AndGivesUsbAndIspTwoDartsEach()
    {
        var topology = TopologyGenerators.Generate(new AppleSocGenerator { DisplayDarts = 3, Usb = 2, Isp = true, ExtraDevices = 4, LatePercent = 100 }, "t");

        topology.Devices.Single(d => d.Name == "display-subsystem").Iommus.Select(r => r.Iommu).ShouldBe(["dart-disp0", "dart-disp1", "dart-disp2"]);
        topology.Iommus.Where(i => i.Name.StartsWith("dart-disp", StringComparison.Ordinal) && i.Name != "dart-disp0").ShouldAllBe(i => i.Suppliers.SequenceEqual(new[] { "ps-dispext" }));
        topology.Devices.Where(d => d.Name.StartsWith("usb-drd", StringComparison.Ordinal)).ShouldAllBe(d => d.Iommus.Length == 2);
        topology.Devices.Single(d => d.Name == "isp").Iommus.Length.ShouldBe(2);
        topology.Iommus.Single(i => i.Name == "dart-usb1b").Suppliers.ShouldBe(["ps-atc1"]);
        topology.Iommus.Length.ShouldBe(3 + 4 + 2 + 4);
        topology.UserActions.Select(a => a.Target).ShouldBe(["apple-pmgr-pwrstate", "apple-display", "dwc3", "apple-isp"], ignoreOrder: true);
    }

    [Fact]
    public void SameParametersAndSeed_SameTopology_AnotherSeed_AnotherPlacement()
    {
        var a = TopologyGenerators.Generate(new SmmuPcieGenerator { Seed = 5, Smmus = 8, PlatformDevices = 40 }, "t");
        var b = TopologyGenerators.Generate(new SmmuPcieGenerator { Seed = 5, Smmus = 8, PlatformDevices = 40 }, "t");
        var c = TopologyGenerators.Generate(new SmmuPcieGenerator { Seed = 6, Smmus = 8, PlatformDevices = 40 }, "t");

        static string Placement(TopologySpec t) => string.Join(" ", t.Devices.Select(d => $"{d.Name}@{string.Join(",", d.Iommus)}"));
        Placement(b).ShouldBe(Placement(a));
        Placement(c).ShouldNotBe(Placement(a));
    }

    [Theory]
    [InlineData("acpi", PciOrder.BeforeIommus)]
    [InlineData("dt", PciOrder.AfterIommus)]
    public void SmmuPcie_FirmwareOrdering_FixesWhenPciDevicesAppear(string ordering, PciOrder expected)
    {
        var scenario = ScenarioLoader.Load($"gen:smmuv3-pcie,root-ports=2,devices-per-port=1,ordering={ordering}");

        scenario.Topology.PciOrder.ShouldBe(expected);
        scenario.Topology.Devices.Where(d => d.Bus == "pci").Select(d => d.Iommus[0].StreamId).ShouldBe([0x100, 0x200]);
    }

    [Fact]
    public void Arm32Drm_Exynos_MakesA32BitTopologyWithADrmMasterOverItsCrtcs()
    {
        var scenario = ScenarioLoader.Load("gen:arm32-drm,family=exynos,crtcs=3,other-devices=1");

        scenario.Topology.Arch.ShouldBe(Arch.Arm32);
        scenario.Topology.Devices.Single(d => d.Name == "display-subsystem").Components.ShouldBe(["crtc0", "crtc1", "crtc2"]);
        scenario.Topology.Iommus.ShouldAllBe(i => i.Profile == "exynos-sysmmu");
        var options = new ExplorationOptions { Iterations = 20, Minimize = false };
        var withoutFix = scenario.DefaultVariant.ResolveKernel("6.3", extraWithoutFixes: ["189d496b48b1"]);

        // Seed 000's shape, on Exynos: without 189d496b48b1 the DRM master's detach reaches a NULL default domain.
        ScenarioExplorer.Explore(scenario, scenario.DefaultVariant, withoutFix, options).Report.Violations
            .ShouldContain(v => v.Violation.Id == "detach-to-null-default-domain");
        ScenarioExplorer.Explore(scenario, scenario.DefaultVariant, scenario.DefaultVariant.ResolveKernel("6.3"), options).Report.Violations.ShouldBeEmpty();
    }

    [Fact]
    public void Mix_PrefixesEachPartsNames()
    {
        var scenario = ScenarioLoader.Load(RepoPaths.File("scenarios", "mixed-soc-gen.conf"));

        scenario.Topology.Iommus.ShouldContain(i => i.Name == "p0-dart-disp0");
        scenario.Topology.Iommus.ShouldContain(i => i.Name == "p1-smmu0");
        scenario.Topology.Iommus.Select(i => i.Name).ShouldBeUnique();
    }

    [Theory]
    [InlineData("gen:apple-soc,usb=99", "usb: must be between 0 and 16, not 99")]
    [InlineData("gen:nope", "unknown generator 'nope'")]
    [InlineData("gen:apple-soc,bogus=1", "bogus")]
    [InlineData("gen:apple-soc,usb", "is not key=value")]
    public void BadGeneratorParameters_AreNamed(string target, string message)
    {
        Should.Throw<ScenarioException>(() => ScenarioLoader.Load(target)).Message.ShouldContain(message);
    }
}
