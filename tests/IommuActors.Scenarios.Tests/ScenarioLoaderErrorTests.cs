namespace IommuActors.Scenarios.Tests;

public class ScenarioLoaderErrorTests
{
    [Theory]
    [InlineData("no-scenario.conf", 1, 1, "missing required key 'scenario'")]
    [InlineData("missing-name.conf", 1, 10, "scenario: missing required key 'name'")]
    [InlineData("missing-profile.conf", 5, 5, "scenario.iommus[1]: missing required key 'profile'")]
    [InlineData("missing-expect.conf", 4, 7, "scenario.variants.v: missing required key 'expect'")]
    [InlineData("dotted-variant-missing-kernel.conf", 4, 11, "scenario.variants.v6.11: missing required key 'kernel'")]
    public void Load_MissingKey_PointsAtTheObject(string file, int line, int column, string message) =>
        ShouldFailAt(file, line, column, message);

    [Theory]
    [InlineData("unknown-arch.conf", 3, 10, "scenario.arch: unknown architecture 'sparc' (expected one of: arm64, arm32, x86)")]
    [InlineData("unknown-driver-kind.conf", 4, 30, "scenario.drivers[0].kind: unknown driver kind 'gpu' (expected one of: client, drm-master, vfio)")]
    [InlineData("unknown-probe-outcome.conf", 4, 59, "scenario.iommus[0].probe[1]: unknown probe outcome 'maybe' (expected one of: ok, defer, nodev, error)")]
    [InlineData("unknown-action-kind.conf", 5, 14, "scenario.user-actions[0].kind: unknown user action kind 'rebind' (expected one of: load-module, vfio-attach, vfio-detach, unbind, remove)")]
    [InlineData("unknown-bus.conf", 4, 25, "scenario.devices[0].bus: unknown bus 'usb' (expected one of: platform, pci)")]
    [InlineData("unknown-expect.conf", 4, 60, "scenario.variants.buggy.expect[1]: unknown violation id 'iommu-config-enval' (expected one of: detach-to-null-default-domain, iommu-config-einval,")]
    [InlineData("unknown-strategy.conf", 4, 28, "scenario.exploration.strategy: unknown strategy 'bfs' (expected one of: random, dfs, pct, delay, probabilistic, portfolio, dpor)")]
    public void Load_UnknownWord_ListsTheAllowedOnes(string file, int line, int column, string message) =>
        ShouldFailAt(file, line, column, message);

    [Fact]
    public void Load_UnknownProfile_ListsTheKnownProfiles() =>
        ShouldFailAt("unknown-profile.conf", 4, 31, "scenario.iommus[0].profile: unknown IOMMU profile 'intel-iommu' (known profiles: apple-dart, arm-smmu-v3, arm-smmu, rockchip-iommu, exynos-sysmmu, mtk-iommu-v1, vtd, generic)");

    [Theory]
    [InlineData("undefined-iommu.conf", 5, 44, "scenario.devices[0].iommus[1]: undefined IOMMU 'dart9' (defined: dart0)")]
    [InlineData("undefined-iommu-object.conf", 5, 74, "scenario.devices[0].iommus[1].iommu: undefined IOMMU 'dart2' (defined: dart0)")]
    [InlineData("undefined-iommu-mixed.conf", 9, 9, "scenario.devices[0].iommus[1]: undefined IOMMU 'dart7' (defined: dart0)")]
    [InlineData("undefined-supplier.conf", 4, 56, "scenario.iommus[0].suppliers[0]: undefined supplier device 'ps-disp' (defined: dart1, ps-dispext)")]
    [InlineData("undefined-driver.conf", 5, 32, "scenario.devices[0].driver: undefined driver 'dispaly-drv' (defined: display-drv)")]
    [InlineData("undefined-component.conf", 5, 43, "scenario.devices[1].components[1]: undefined component device 'vop1' (defined: vop0, display)")]
    [InlineData("undefined-action-device.conf", 5, 36, "scenario.user-actions[0].target: undefined device 'gpu0' (defined: gpu)")]
    [InlineData("undefined-action-driver.conf", 6, 36, "scenario.user-actions[0].target: undefined driver 'gpu' (defined: gpu-drv)")]
    public void Load_UndefinedReference_NamesWhatIsDefined(string file, int line, int column, string message) =>
        ShouldFailAt(file, line, column, message);

    [Theory]
    [InlineData("malformed-iommu-ref.conf", 7, 9, "scenario.devices[0].iommus[1]: malformed IOMMU reference 'dart0'")]
    [InlineData("malformed-stream.conf", 5, 33, "scenario.devices[0].iommus[0]: malformed IOMMU reference 'dart0:-1'")]
    public void Load_MalformedIommuReference_PointsAtTheEntry(string file, int line, int column, string message) =>
        ShouldFailAt(file, line, column, message);

    [Theory]
    [InlineData("duplicate-device.conf", 6, 14, "scenario.devices[1].name: duplicate device name 'dart0' (first defined at {0}:3:23)")]
    [InlineData("duplicate-driver.conf", 6, 14, "scenario.drivers[2].name: duplicate driver name 'drv' (first defined at {0}:4:14)")]
    [InlineData("duplicate-variant.conf", 6, 5, "scenario.variants.buggy: duplicate variant 'buggy' (first defined at {0}:4:5)")]
    [InlineData("duplicate-dotted-variant.conf", 6, 5, "scenario.variants.v6.11: duplicate variant 'v6.11' (first defined at {0}:4:5)")]
    [InlineData("duplicate-variant-list.conf", 5, 14, "scenario.variants[1].name: duplicate variant 'buggy' (first defined at {0}:4:14)")]
    public void Load_DuplicateName_PointsAtTheSecondDefinition(string file, int line, int column, string message) =>
        ShouldFailAt(file, line, column, string.Format(System.Globalization.CultureInfo.InvariantCulture, message, Fixture.Error(file)));

    [Theory]
    [InlineData("unknown-kernel.conf", 4, 20, "scenario.variants.old.kernel: unknown kernel version '5.4'")]
    [InlineData("unknown-fix.conf", 4, 61, "scenario.variants.patched.fixes[1]: unknown kernel change 'no-such-fix'")]
    [InlineData("unknown-without-fix.conf", 7, 9, "scenario.variants.reverted.without-fixes[0]: unknown kernel change 'deadbeef1234'")]
    public void Load_UnknownKernel_PointsAtTheVersionOrSwitch(string file, int line, int column, string message) =>
        ShouldFailAt(file, line, column, message);

    [Theory]
    [InlineData("no-variants.conf", 1, 10, "scenario: the scenario declares no variants")]
    [InlineData("empty-variants.conf", 3, 12, "scenario.variants: the scenario declares no variants")]
    public void Load_NoVariants_IsAnError(string file, int line, int column, string message) =>
        ShouldFailAt(file, line, column, message);

    [Theory]
    [InlineData("self-supplier.conf", 5, 36, "scenario.devices[1].suppliers[1]: device 'gpu' cannot supply itself")]
    [InlineData("unknown-key.conf", 4, 35, "scenario.devices[0]: unknown key 'requre-direct' (known: name, bus, driver, iommus, require-direct,")]
    [InlineData("wrong-type-list.conf", 3, 12, "scenario.iommus: expected a list [ ... ]")]
    [InlineData("wrong-type-boolean.conf", 3, 37, "scenario.drivers[0].async: expected a boolean (true or false)")]
    [InlineData("bad-iterations.conf", 6, 18, "scenario.exploration.iterations: must be a positive 32-bit integer, got 0")]
    public void Load_BadValue_PointsAtIt(string file, int line, int column, string message) =>
        ShouldFailAt(file, line, column, message);

    [Fact]
    public void Load_MalformedHocon_KeepsTheParserPosition()
    {
        var path = Fixture.Error("malformed.conf");

        var ex = Should.Throw<ScenarioException>(() => ScenarioLoader.Load(path));

        ex.Message.ShouldStartWith($"{path}:3:10: ");
        ex.Origin.ShouldNotBeNull().Line.ShouldBe(3);
    }

    [Fact]
    public void Load_MissingFile_NamesIt()
    {
        var path = Fixture.Error("does-not-exist.conf");

        var ex = Should.Throw<ScenarioException>(() => ScenarioLoader.Load(path));

        ex.Message.ShouldBe($"{path}: scenario file not found");
        ex.Origin.ShouldBeNull();
    }

    private static void ShouldFailAt(string file, int line, int column, string message)
    {
        // Given
        var path = Fixture.Error(file);

        // When
        var ex = Should.Throw<ScenarioException>(() => ScenarioLoader.Load(path));

        // Then
        ex.Message.ShouldStartWith($"{path}:{line}:{column}: {message}");
        ex.Message.ShouldNotContain("\n");
        ex.Origin.ShouldBe(new Configuration.ConfigOrigin(path, line, column));
    }
}
