using IommuActors.Exploration;

namespace IommuActors.Kernel.Tests;

public class OfIommuTests
{
    [Theory]
    [InlineData("6.6", null, "iommu-config-einval")]
    [InlineData("6.10", null, "iommu-config-einval")]
    [InlineData("6.10", "asahi-xlate-defer", "partial-iommu-probe")]
    public void OfIommuXlate_SecondIommuUnregistered_PerEra(string kernel, string? fix, string expected)
    {
        // of_iommu_xlate()/iommu_fwspec_init() before v6.11: the unregistered second DART either fails the fwspec ops
        // check (-EINVAL) or, with Hector's first fix, defers leaving the partial fwspec behind.
        var report = Boot.Explore(Topologies.TwoDarts(), kernel, StrategyKind.Random, fix is null ? null : [fix]);

        report.Violations.ShouldHaveSingleItem().Violation.Id.ShouldBe(expected);
        report.Violations[0].Verdict.ShouldBe(ReplayVerdict.Reproduced);
    }

    [Fact]
    public void OfIommuConfigure_V6_11_DefersAndFreesThePartialFwspec()
    {
        // 3f7c32091628 + 5f937bc48a6a: the unregistered DART defers and of_iommu_configure() frees what it built.
        var report = Boot.Explore(Topologies.TwoDarts(), "6.11", StrategyKind.Dfs, ["b46064a18810"], 1_000_000);

        report.Exhaustive.ShouldBeTrue();
        report.Violations.ShouldBeEmpty();
    }

    [Fact]
    public void IommuFwspecInit_V6_10_LogsTheOpsMismatch()
    {
        // Find a schedule where the display's configure ran before dart1 registered, and read its dmesg.
        var report = Boot.Explore(Topologies.TwoDarts(), "6.10", StrategyKind.Random);
        var trace = KernelModel.Trace(Topologies.TwoDarts(), Versions.KernelConfig.Resolve("6.10"), report.Violations[0].Schedule);

        trace.Dmesg.IndexOf("iommu_fwspec_init for dart1: fwspec ops mismatch (-EINVAL)").ShouldBeGreaterThanOrEqualTo(0);
        trace.Dmesg.IndexOf("disp: iommu configuration for device failed with -EINVAL").ShouldBeGreaterThanOrEqualTo(0);
    }
}
