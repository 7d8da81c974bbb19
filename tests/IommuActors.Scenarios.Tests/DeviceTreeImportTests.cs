using IommuActors.Exploration;
using IommuActors.Kernel.Topology;

namespace IommuActors.Scenarios.Tests;

public sealed class DeviceTreeImportTests : IDisposable
{
    private static readonly string AppleDts = RepoPaths.File("scenarios", "dt", "apple-t8103-display.dts");
    private static readonly string RockchipDts = RepoPaths.File("scenarios", "dt", "rk3288-vops.dts");
    private readonly string _directory = Directory.CreateTempSubdirectory("iommu-actors-dt-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void MultiDartDisplayNode_BecomesOneDeviceBehindBothDarts_TheSecondWaitingForItsPowerDomain()
    {
        var topology = ScenarioLoader.Load(AppleDts).Topology;

        var display = topology.Devices.Single(d => d.Name == "display");
        display.Iommus.ShouldBe([new IommuRef("dart-disp0", 0), new IommuRef("dart-dispext0", 0)]);
        display.Driver.ShouldBe("apple,display-subsystem");
        topology.Iommus.Single(i => i.Name == "dart-dispext0").Suppliers.ShouldBe(["ps-dispext"]);
        topology.Iommus.Single(i => i.Name == "dart-disp0").Profile.ShouldBe("apple-dart");
        topology.Devices.Single(d => d.Name == "usb-drd0").Iommus.ShouldBe([new IommuRef("dwc3-0-dart-0", 0), new IommuRef("dwc3-0-dart-1", 1)]);
        topology.Devices.ShouldContain(d => d.Name == "ps-dispext" && d.Driver == "apple,t8103-pmgr-pwrstate");
        topology.Arch.ShouldBe(Arch.Arm64);
    }

    [Fact]
    public void DisabledNodes_AreNotPopulated_AndAnUnknownIommuCompatibleIsGenericAndReported()
    {
        var scenario = ScenarioLoader.Load(AppleDts);

        scenario.Topology.Iommus.ShouldNotContain(i => i.Name == "isp-dart0");
        scenario.Topology.Devices.Single(d => d.Name == "isp").Disabled.ShouldBeTrue();
        scenario.Topology.Devices.Single(d => d.Name == "isp").Iommus.ShouldBeEmpty();
        scenario.Topology.Iommus.Single(i => i.Name == "pcie-smmu").Profile.ShouldBe("generic");
        scenario.Notes.ShouldContain(n => n.StartsWith($"{AppleDts}:65:13: ", StringComparison.Ordinal) && n.Contains("unknown IOMMU compatible \"vendor,unknown-iommu\"", StringComparison.Ordinal));
        scenario.Notes.ShouldContain(n => n.Contains("/soc/iommu@22c4a8000 is disabled", StringComparison.Ordinal));
    }

    [Fact]
    public void ImportedTree_OnV66_HitsSeed001_AndTheViolationReplays()
    {
        var scenario = ScenarioLoader.Load(AppleDts);
        var options = new ExplorationOptions { Strategy = StrategyKind.Random, Iterations = 50, Minimize = false };

        var report = ScenarioExplorer.Explore(scenario, scenario.DefaultVariant, scenario.DefaultVariant.ResolveKernel("6.6"), options).Report;

        var violation = report.Violations.ShouldHaveSingleItem();
        violation.Violation.Id.ShouldBe("iommu-config-einval");
        violation.Verdict.ShouldBe(ReplayVerdict.Reproduced);
        TestingEngine.Replay(ScenarioExplorer.Program(scenario, scenario.DefaultVariant.ResolveKernel("6.6")), violation.Schedule).Run!.Violation!.Id.ShouldBe("iommu-config-einval");
    }

    [Fact]
    public void LabelAmendments_CellLessIommus_AndA32BitSoc_AreUnderstood()
    {
        var scenario = ScenarioLoader.Load(RockchipDts);

        scenario.Topology.Arch.ShouldBe(Arch.Arm32);
        var vpu = scenario.Topology.Devices.Single(d => d.Name == "vpu");
        vpu.Disabled.ShouldBeFalse(); // &vpu { status = "okay"; } re-enables it
        vpu.Iommus.ShouldBe([new IommuRef("vpu-mmu", 0)]);
        scenario.Topology.Iommus.Select(i => i.Profile).Distinct().ShouldBe(["rockchip-iommu"]);
    }

    [Theory]
    [InlineData("/dts-v1/;\n/ {\n\tiommu@1 {\n\t\t#iommu-cells = <1>\n\t};\n};\n", 5, 2, "expected ';'")]
    [InlineData("/dts-v1/;\n/ {\n\tdev {\n\t\tiommus = <&nowhere 0>;\n\t};\n};\n", 4, 13, "no node has the label 'nowhere'")]
    [InlineData("/dts-v1/;\n/ {\n\tdev {\n\t\tcompatible = \"x;\n\t};\n};\n", 4, 16, "unterminated string")]
    [InlineData("/dts-v1/;\n/ {\n\tdev {\n", 3, 2, "not closed")]
    public void MalformedSource_IsRejectedWithItsLineAndColumn(string text, int line, int column, string what)
    {
        var path = Path.Combine(_directory, "bad.dts");
        File.WriteAllText(path, text);

        var ex = Should.Throw<ScenarioException>(() => ScenarioLoader.Load(path));

        ex.Message.ShouldStartWith($"{path}:{line}:{column}: ");
        ex.Message.ShouldContain(what);
    }

    [Fact]
    public void Preprocessed_Includes_KeepPositionsInTheIncludedFile()
    {
        File.WriteAllText(Path.Combine(_directory, "soc.dtsi"), "#define SID 7\n/ {\n\tdart: iommu@1 {\n\t\tcompatible = \"apple,t8103-dart\";\n\t\t#iommu-cells = <1>;\n\t};\n\tbroken {\n\t\tx = <1 2\n\t};\n};\n");
        File.WriteAllText(Path.Combine(_directory, "good.dtsi"), "#define SID 7\n/ {\n\tdart: iommu@1 {\n\t\tcompatible = \"apple,t8103-dart\";\n\t\t#iommu-cells = <1>;\n\t};\n};\n");
        var good = Path.Combine(_directory, "good.dts");
        var bad = Path.Combine(_directory, "bad.dts");
        File.WriteAllText(good, "/dts-v1/;\n#include \"good.dtsi\"\n/ {\n\tclient {\n\t\tcompatible = \"c\";\n\t\tiommus = <&dart (SID + 1)>;\n\t};\n};\n");
        File.WriteAllText(bad, "/dts-v1/;\n#include \"soc.dtsi\"\n");

        ScenarioLoader.Load(good).Topology.Devices.Single(d => d.Name == "client").Iommus.ShouldBe([new IommuRef("dart", 8)]);
        Should.Throw<ScenarioException>(() => ScenarioLoader.Load(bad)).Message.ShouldStartWith($"{Path.Combine(_directory, "soc.dtsi")}:9:2: ");
    }
}
