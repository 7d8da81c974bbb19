using IommuActors.Kernel.Versions;

namespace IommuActors.Kernel.Tests;

public class VersionTests
{
    [Fact]
    public void Catalog_HasTheRequiredVersions()
    {
        string[] required = ["4.6", "4.9", "4.12", "5.19", "6.2", "6.3", "6.6", "6.7", "6.9", "6.10", "6.11", "6.15"];

        KernelCatalog.Versions.Select(v => v.ToString()).ShouldBe(required, ignoreOrder: true);
    }

    [Fact]
    public void Resolve_FixByCommitId_AddsTheSwitch()
    {
        var config = KernelConfig.Resolve("6.10", ["3f7c32091628"]);

        config.Has(KernelCatalog.Names.FwspecOpsResolved).ShouldBeTrue();
        KernelConfig.Resolve("6.10").Has(KernelCatalog.Names.FwspecOpsResolved).ShouldBeFalse();
    }

    [Fact]
    public void Resolve_WithoutFix_RemovesTheSwitch()
    {
        KernelConfig.Resolve("6.3", null, ["25c2325575cc"]).Has(KernelCatalog.Names.RockchipPlatformDma).ShouldBeFalse();
        KernelConfig.Resolve("6.3").Has(KernelCatalog.Names.RockchipPlatformDma).ShouldBeTrue();
    }

    [Theory]
    [InlineData("5.4")]
    [InlineData("six")]
    public void Resolve_UnknownVersion_NamesTheModelledOnes(string version)
    {
        var ex = Should.Throw<KernelConfigException>(() => KernelConfig.Resolve(version));

        ex.Message.ShouldContain($"unknown kernel version '{version}'");
        ex.Message.ShouldContain("6.15");
    }

    [Fact]
    public void Resolve_UnknownCommit_IsRejected()
    {
        Should.Throw<KernelConfigException>(() => KernelConfig.Resolve("6.6", ["deadbeef0000"])).Message.ShouldContain("deadbeef0000");
    }

    [Fact]
    public void Switches_EachHasAReasonAndAUniqueName()
    {
        KernelCatalog.Switches.ShouldAllBe(s => s.Reason.Length > 20);
        KernelCatalog.Switches.Select(s => s.Name).Distinct().Count().ShouldBe(KernelCatalog.Switches.Count);
    }
}
