using System.Collections.Immutable;
using IommuActors.Runtime.Scheduling;

namespace IommuActors.Kernel.Topology;

/// <summary>Seeded generic topologies for benchmarks: N SMMUv3 instances, M client devices spread over them.</summary>
public static class TopologyGenerator
{
    /// <summary>Generates a topology.</summary>
    /// <param name="iommus">IOMMU instances.</param>
    /// <param name="devices">Client devices.</param>
    /// <param name="seed">Seed for the device-to-IOMMU assignment and buses.</param>
    /// <returns>The topology.</returns>
    public static TopologySpec Generate(int iommus, int devices, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(iommus);
        ArgumentOutOfRangeException.ThrowIfNegative(devices);
        var random = new DeterministicRandom(seed);
        var smmus = Enumerable.Range(0, iommus).Select(i => new IommuSpec($"smmu{i}", "arm-smmu-v3")).ToImmutableArray();
        var devs = Enumerable.Range(0, devices).Select(i => new DeviceSpec($"dev{i}")
        {
            Bus = random.NextInt(4) == 0 ? "pci" : "platform",
            Driver = "gen-client",
            Iommus = [new IommuRef($"smmu{random.NextInt(iommus)}", 0x100 + i)],
        }).ToImmutableArray();
        return new TopologySpec
        {
            Name = $"gen-{iommus}x{devices}-{seed}",
            Iommus = smmus,
            Devices = devs,
            Drivers = [new DriverSpec("gen-client") { DmaInProbe = true }],
        };
    }
}
