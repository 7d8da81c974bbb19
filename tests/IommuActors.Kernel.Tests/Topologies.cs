using IommuActors.Kernel.Topology;

namespace IommuActors.Kernel.Tests;

/// <summary>Small machines for single-behaviour tests.</summary>
internal static class Topologies
{
    /// <summary>One client behind one IOMMU of the given profile; the client driver is built in.</summary>
    public static TopologySpec One(string profile, Arch arch = Arch.Arm64, string bus = "platform", ProbeResult[]? probe = null, bool dma = false) => new()
    {
        Name = $"one-{profile}",
        Arch = arch,
        Iommus = [new IommuSpec("iommu0", profile)],
        Devices = [new DeviceSpec("dev0") { Bus = bus, Driver = "client", Iommus = [new IommuRef("iommu0", 1)] }],
        Drivers = [new DriverSpec("client") { Probe = probe is null ? [ProbeResult.Ok] : [.. probe], DmaInProbe = dma }],
    };

    /// <summary>A client behind two DARTs, the second registered only after its power domain's module is loaded.</summary>
    public static TopologySpec TwoDarts(bool displayIsModule = true) => new()
    {
        Name = "two-darts",
        Iommus = [new IommuSpec("dart0", "apple-dart"), new IommuSpec("dart1", "apple-dart") { Suppliers = ["pd"] }],
        Devices =
        [
            new DeviceSpec("pd") { Driver = "pmgr" },
            new DeviceSpec("disp") { Driver = "display", Iommus = [new IommuRef("dart0", 0), new IommuRef("dart1", 0)] },
        ],
        Drivers = [new DriverSpec("pmgr") { Module = true }, new DriverSpec("display") { Module = displayIsModule }],
        UserActions = [new UserActionSpec(UserActionKind.LoadModule, "pmgr"), .. displayIsModule ? new[] { new UserActionSpec(UserActionKind.LoadModule, "display") } : []],
    };
}
