using IommuActors.Exploration;
using IommuActors.Kernel.Topology;

namespace IommuActors.Kernel.Tests;

public class IommuCoreTests
{
    [Fact]
    public void BusIommuProbe_CollectsGroupsThenSetsDefaultDomains()
    {
        // bus_iommu_probe(): every device of the bus is probed first, default domains are set up afterwards.
        var topology = new TopologySpec
        {
            Name = "bus-walk",
            Arch = Arch.X86,
            Iommus = [new IommuSpec("dmar0", "vtd")],
            Devices =
            [
                new DeviceSpec("nvme") { Bus = "pci", Iommus = [new IommuRef("dmar0", 1)] },
                new DeviceSpec("gpu") { Bus = "pci", Iommus = [new IommuRef("dmar0", 2)] },
            ],
        };

        var (_, dmesg) = Boot.Once(topology, "6.6");

        var lastAdd = Math.Max(dmesg.IndexOf("Adding device nvme"), dmesg.IndexOf("Adding device gpu"));
        var firstDefault = dmesg.IndexOf("Default domain type");
        dmesg.IndexOf("Adding device nvme").ShouldBeGreaterThanOrEqualTo(0);
        dmesg.IndexOf("Adding device gpu").ShouldBeGreaterThanOrEqualTo(0);
        firstDefault.ShouldBeGreaterThan(lastAdd);
    }

    [Theory]
    [InlineData(Arch.Arm64, "6.6", "Default domain type: Dma")]
    [InlineData(Arch.Arm32, "6.6", "no default domain (rockchip-iommu cannot allocate one on Arm32)")]
    [InlineData(Arch.Arm32, "6.7", "Default domain type: Identity")]
    public void IommuGetDefaultDomainType_PerArchAndEra(Arch arch, string kernel, string expected)
    {
        // iommu_get_default_domain_type(): DMA on arm64; on 32-bit ARM none before v6.7 (no DMA cookie), IDENTITY after.
        var profile = arch == Arch.Arm32 ? "rockchip-iommu" : "arm-smmu-v3";

        var (_, dmesg) = Boot.Once(Topologies.One(profile, arch), kernel);

        dmesg.IndexOf(expected).ShouldBeGreaterThanOrEqualTo(0, string.Join("\n", dmesg));
    }

    [Fact]
    public void IommuGroupSetDomain_NullDefaultWithoutPlatformDma_Warns()
    {
        // __iommu_group_set_domain(group, NULL) on v6.3-rc1 without rockchip's set_platform_dma_ops: the C1 WARN splat.
        var topology = new TopologySpec
        {
            Name = "c1",
            Arch = Arch.Arm32,
            Iommus = [new IommuSpec("mmu", "rockchip-iommu")],
            Devices =
            [
                new DeviceSpec("vop") { Driver = "vop", Iommus = [new IommuRef("mmu", 0)] },
                new DeviceSpec("drm") { Driver = "drm", Components = ["vop"] },
            ],
            Drivers = [new DriverSpec("vop"), new DriverSpec("drm") { Kind = DriverKind.DrmMaster }],
        };

        var (run, dmesg) = Boot.Once(topology, "6.3", without: ["25c2325575cc"]);

        run.Violation!.Id.ShouldBe("detach-to-null-default-domain");
        dmesg.IndexOf("WARNING: CPU: 0").ShouldBeGreaterThanOrEqualTo(0);
        dmesg.IndexOf("__iommu_group_set_domain+0xb4/0xc8 from iommu_detach_device").ShouldBeGreaterThan(dmesg.IndexOf("WARNING"));
        dmesg.IndexOf("iommu_detach_device from arm_iommu_detach_device").ShouldBeGreaterThan(dmesg.IndexOf("WARNING"));
        dmesg.IndexOf("arm_iommu_detach_device from rockchip_drm_dma_attach_device").ShouldBeGreaterThan(dmesg.IndexOf("WARNING"));
    }

    [Theory]
    [InlineData("6.9", null, "release-blocked-require-direct")]
    [InlineData("6.6", null, "dma-through-freed-domain")]
    [InlineData("6.15", "release-rmr-identity", null)]
    public void IommuReleaseDevice_RequireDirectDevice_PerEra(string kernel, string? fix, string? expected)
    {
        // iommu_release_device()/iommu_deinit_device(): release_domain (v6.9) attaches BLOCKED to an RMR device;
        // before it the device keeps using a domain that is freed; the RMR fix uses IDENTITY.
        var topology = new TopologySpec
        {
            Name = "release",
            Iommus = [new IommuSpec("smmu", "arm-smmu-v3")],
            Devices = [new DeviceSpec("nic") { Bus = "pci", Driver = "nic", Iommus = [new IommuRef("smmu", 9)], RequireDirect = true, FirmwareDma = true }],
            Drivers = [new DriverSpec("nic")],
            UserActions = [new UserActionSpec(UserActionKind.Remove, "nic")],
        };

        var report = Boot.Explore(topology, kernel, expected is null ? StrategyKind.Dfs : StrategyKind.Random, fix is null ? null : [fix], 100_000);

        if (expected is null)
        {
            report.Exhaustive.ShouldBeTrue();
            report.Violations.ShouldBeEmpty();
        }
        else
        {
            report.Violations.ShouldHaveSingleItem().Violation.Id.ShouldBe(expected);
        }
    }

    [Fact]
    public void AttachDev_MtkV1ForeignDomain_ReportsSuccessWithoutAttaching()
    {
        // mtk_iommu_v1_attach_device(): returns 0 for a domain other than its shared mapping (C3).
        var topology = new TopologySpec
        {
            Name = "mtk",
            Arch = Arch.Arm32,
            Iommus = [new IommuSpec("m4u", "mtk-iommu-v1")],
            Devices = [new DeviceSpec("jpeg") { Driver = "jpeg", Iommus = [new IommuRef("m4u", 2)] }],
            Drivers = [new DriverSpec("jpeg")],
            UserActions = [new UserActionSpec(UserActionKind.VfioAttach, "jpeg")],
        };

        var buggy = Boot.Explore(topology, "6.2", StrategyKind.Random);
        var honest = Boot.Explore(topology, "6.2", StrategyKind.Dfs, ["mtk-v1-honest-attach"], 100_000);

        buggy.Violations.ShouldHaveSingleItem().Violation.Id.ShouldBe("attach-reports-success-without-attach");
        honest.Exhaustive.ShouldBeTrue();
        honest.Violations.ShouldBeEmpty();
    }
}
