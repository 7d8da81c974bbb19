namespace IommuActors.Kernel.Topology.Generators;

/// <summary>
/// A 32-bit ARM SoC (CONFIG_ARM_DMA_USE_IOMMU): every CRTC (Rockchip VOP, Exynos FIMD) and every other client sits
/// behind an IOMMU of its own; the DRM master (display-subsystem) binds the CRTCs as components (seed 000's shape).
/// </summary>
internal static class Arm32Drm
{
    public static void Add(Arm32DrmGenerator spec, TopologyBuilder b)
    {
        var (profile, crtc, mmu) = spec.Family switch
        {
            "rockchip" => ("rockchip-iommu", "rockchip-vop", "mmu"),
            "exynos" => ("exynos-sysmmu", "exynos-fimd", "sysmmu"),
            _ => throw new ArgumentException($"unknown arm32 family '{spec.Family}' (rockchip | exynos)", nameof(spec)),
        };
        b.Driver(new DriverSpec(crtc));
        var components = new List<string>();
        for (var i = 0; i < spec.Crtcs; i++)
        {
            var iommu = b.Iommu($"crtc{i}-{mmu}", profile);
            components.Add(b.Device(new DeviceSpec($"crtc{i}") { Driver = crtc, Iommus = TopologyBuilder.Refs((iommu, 0)) }));
        }

        if (spec.Crtcs > 0)
        {
            b.Driver(new DriverSpec($"{spec.Family}-drm") { Kind = DriverKind.DrmMaster });
            b.Device(new DeviceSpec("display-subsystem") { Driver = $"{spec.Family}-drm", Components = [.. components] });
        }

        if (spec.OtherDevices > 0)
        {
            b.Driver(new DriverSpec($"{spec.Family}-client") { DmaInProbe = true });
        }

        for (var i = 0; i < spec.OtherDevices; i++)
        {
            var iommu = b.Iommu($"ip{i}-{mmu}", profile);
            b.Device(new DeviceSpec($"ip{i}") { Driver = $"{spec.Family}-client", Iommus = TopologyBuilder.Refs((iommu, 0)) });
        }
    }
}
