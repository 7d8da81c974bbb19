namespace IommuActors.Kernel.Topology.Generators;

/// <summary>
/// Apple M-series-like topology (t8103/t600x device trees): DARTs are built in; power-domain providers
/// (apple-pmgr-pwrstate) and the client drivers are modules that udev loads in parallel after boot, so a ganged
/// client's of_iommu_configure() can run before its second DART registers (seed 001).
/// </summary>
internal static class AppleSoc
{
    public static void Add(AppleSocGenerator spec, TopologyBuilder b, Runtime.Scheduling.DeterministicRandom random)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(spec.DisplayDarts, 1);
        var pwrstate = new DriverSpec("apple-pmgr-pwrstate") { Module = true };
        b.Driver(pwrstate);

        // The display subsystem: dart-disp0 is always up, the others wait for ps-dispext (apple,t8103 dcpext).
        var late = spec.DisplayDarts > 1 ? b.Device(new DeviceSpec("ps-dispext") { Driver = pwrstate.Name }) : null;
        var display = new List<(string, int)>();
        for (var i = 0; i < spec.DisplayDarts; i++)
        {
            display.Add((i == 0 ? b.Iommu("dart-disp0", "apple-dart") : b.Iommu($"dart-disp{i}", "apple-dart", late!), 0));
        }

        b.Driver(new DriverSpec("apple-display") { Module = true, DmaInProbe = true });
        b.Device(new DeviceSpec("display-subsystem") { Driver = "apple-display", Iommus = TopologyBuilder.Refs([.. display]) });

        // dwc3 behind dwc3_N_dart_0 (sid 0) and dwc3_N_dart_1 (sid 1); the second may wait for the ATC PHY's domain.
        if (spec.Usb > 0)
        {
            b.Driver(new DriverSpec("dwc3") { Module = true, DmaInProbe = true });
        }

        for (var u = 0; u < spec.Usb; u++)
        {
            var first = b.Iommu($"dart-usb{u}a", "apple-dart");
            var second = Ganged(b, random, spec.LatePercent, $"dart-usb{u}b", $"ps-atc{u}", pwrstate.Name);
            b.Device(new DeviceSpec($"usb-drd{u}") { Driver = "dwc3", Iommus = TopologyBuilder.Refs((first, 0), (second, 1)) });
        }

        if (spec.Isp)
        {
            var first = b.Iommu("dart-isp0", "apple-dart");
            var second = Ganged(b, random, spec.LatePercent, "dart-isp1", "ps-isp", pwrstate.Name);
            b.Driver(new DriverSpec("apple-isp") { Module = true, DmaInProbe = true });
            b.Device(new DeviceSpec("isp") { Driver = "apple-isp", Iommus = TopologyBuilder.Refs((first, 0), (second, 0)) });
        }

        if (spec.ExtraDevices > 0)
        {
            b.Driver(new DriverSpec("apple-client") { DmaInProbe = true });
        }

        for (var e = 0; e < spec.ExtraDevices; e++)
        {
            var dart = b.Iommu($"dart-x{e}", "apple-dart");
            b.Device(new DeviceSpec($"client{e}") { Driver = "apple-client", Iommus = TopologyBuilder.Refs((dart, 0)) });
        }
    }

    /// <summary>The second DART of a ganged pair; with <paramref name="latePercent"/>% it waits for a module power domain.</summary>
    private static string Ganged(TopologyBuilder b, Runtime.Scheduling.DeterministicRandom random, int latePercent, string dart, string domain, string pwrstate)
    {
        if (random.NextInt(100) >= latePercent)
        {
            return b.Iommu(dart, "apple-dart");
        }

        var supplier = b.Device(new DeviceSpec(domain) { Driver = pwrstate });
        return b.Iommu(dart, "apple-dart", supplier);
    }
}
