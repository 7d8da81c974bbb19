using IommuActors.Kernel.Versions;

namespace IommuActors.Scenarios.Tests;

public class VariantSpecTests
{
    private static readonly VariantSpec FirstFix = new("buggy-first-fix", "6.6", ["asahi-xlate-defer"], ["probe-device-lock"], ["partial-iommu-probe"], null);

    [Fact]
    public void ResolveKernel_NoOverrides_UsesTheVariant()
    {
        var kernel = FirstFix.ResolveKernel();

        kernel.Version.ShouldBe(new KernelVersion(6, 6));
        kernel.Has(KernelCatalog.Names.AsahiXlateDefer).ShouldBeTrue();
        kernel.Has(KernelCatalog.Names.ProbeDeviceLock).ShouldBeFalse();
        kernel.ToString().ShouldBe("v6.6 +asahi-xlate-defer -probe-device-lock");
    }

    [Fact]
    public void ResolveKernel_OverrideVersion_KeepsTheVariantsSwitches()
    {
        var kernel = FirstFix.ResolveKernel("6.11");

        kernel.Version.ShouldBe(new KernelVersion(6, 11));
        kernel.Has(KernelCatalog.Names.FwspecOpsResolved).ShouldBeTrue();
        kernel.Has(KernelCatalog.Names.AsahiXlateDefer).ShouldBeTrue();
    }

    [Fact]
    public void ResolveKernel_ExtraSwitches_OverrideTheVariant()
    {
        // Given: --fix probe-device-lock (by commit id) and --without-fix asahi-xlate-defer
        var kernel = FirstFix.ResolveKernel(null, ["01657bc14a39", "3f7c32091628"], ["asahi-xlate-defer"]);

        // Then
        kernel.Has(KernelCatalog.Names.ProbeDeviceLock).ShouldBeTrue();
        kernel.Has(KernelCatalog.Names.FwspecOpsResolved).ShouldBeTrue();
        kernel.Has(KernelCatalog.Names.AsahiXlateDefer).ShouldBeFalse();
        kernel.Fixes.ShouldBe([KernelCatalog.Names.ProbeDeviceLock, KernelCatalog.Names.FwspecOpsResolved]);
        kernel.WithoutFixes.ShouldBe([KernelCatalog.Names.AsahiXlateDefer]);
    }

    [Fact]
    public void ResolveKernel_UnknownVersion_Throws() =>
        Should.Throw<KernelConfigException>(() => FirstFix.ResolveKernel("2.6")).Value.ShouldBe("2.6");

    [Fact]
    public void ResolveKernel_UnknownExtraSwitch_Throws() =>
        Should.Throw<KernelConfigException>(() => FirstFix.ResolveKernel(null, ["nope"])).Value.ShouldBe("nope");

    [Theory]
    [InlineData(new string[0], new string[0], true)]
    [InlineData(new string[0], new[] { "partial-iommu-probe" }, false)]
    [InlineData(new[] { "partial-iommu-probe" }, new string[0], false)]
    [InlineData(new[] { "partial-iommu-probe", "iommu-config-einval" }, new[] { "iommu-config-einval" }, true)]
    [InlineData(new[] { "partial-iommu-probe" }, new[] { "partial-iommu-probe", "dma-through-freed-domain" }, false)]
    public void IsExpected_ComparesFoundIdsWithExpect(string[] expect, string[] found, bool expected) =>
        (FirstFix with { Expect = [.. expect] }).IsExpected(found).ShouldBe(expected);
}
