namespace IommuActors.Kernel.Topology.Generators;

/// <summary>
/// SMMUv3 instances with PCIe root ports below them: endpoint stream ids are requester ids (bus &lt;&lt; 8 | devfn), as
/// iommu-map / IORT ID mappings give them; platform clients are spread over the SMMUs by the seed.
/// </summary>
internal static class SmmuPcie
{
    public static void Add(SmmuPcieGenerator spec, TopologyBuilder b, Runtime.Scheduling.DeterministicRandom random)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(spec.Smmus, 1);
        var smmus = Enumerable.Range(0, spec.Smmus).Select(i => b.Iommu($"smmu{i}", "arm-smmu-v3")).ToList();
        if (spec.RootPorts * spec.DevicesPerPort > 0)
        {
            b.Driver(new DriverSpec("pcie-ep") { DmaInProbe = true });
        }

        for (var port = 0; port < spec.RootPorts; port++)
        {
            var smmu = smmus[port % smmus.Count];
            for (var fn = 0; fn < spec.DevicesPerPort; fn++)
            {
                var rid = ((port + 1) << 8) | (fn << 3);
                b.Device(new DeviceSpec($"pcie{port + 1}.{fn}") { Bus = "pci", Driver = "pcie-ep", Iommus = TopologyBuilder.Refs((smmu, rid)) });
            }
        }

        if (spec.PlatformDevices > 0)
        {
            b.Driver(new DriverSpec("smmu-client") { DmaInProbe = true });
        }

        for (var d = 0; d < spec.PlatformDevices; d++)
        {
            var smmu = smmus[random.NextInt(smmus.Count)];
            b.Device(new DeviceSpec($"plat{d}") { Driver = "smmu-client", Iommus = TopologyBuilder.Refs((smmu, 0x10000 + d)) });
        }
    }
}
