using IommuActors.Kernel.Model.State;
using IommuActors.Kernel.Profiles;
using IommuActors.Kernel.Topology;
using static IommuActors.Kernel.Versions.KernelCatalog.Names;

namespace IommuActors.Kernel.Model.Code;

/// <summary>The IOMMU drivers' ops, from their capability profiles and the kernel era.</summary>
internal static class DriverOps
{
    /// <summary>ops->of_xlate: records the stream in the fwspec; apple_dart_of_xlate also adds it to its private cfg.</summary>
    public static int OfXlate(Kernel k, KIommu instance, KDevice dev, int stream)
    {
        var devIommu = dev.Iommu ??= new KDevIommu();
        devIommu.Fwspec?.Ids.Add(stream);
        if (instance.Profile.XlateAllocatesPriv)
        {
            devIommu.Priv ??= [];
            if (!devIommu.Priv.Contains((instance, stream)))
            {
                devIommu.Priv.Add((instance, stream));
            }
        }

        k.Log($"{instance.Profile.Name} {instance}: of_xlate {dev} stream {stream}");
        return Errno.Ok;
    }

    /// <summary>ops->probe_device: the IOMMU instance that will serve the device, or an error.</summary>
    public static (KIommu? Instance, int Error) ProbeDevice(Kernel k, IommuDriverProfile ops, KDevice dev)
    {
        var devIommu = dev.Iommu;
        if (ops.BusProbed)
        {
            var instance = k.Iommus.FirstOrDefault(i => i.Profile == ops && i.Registered && dev.IommuRefs.Any(r => r.Iommu == i.Name));
            return instance is null ? (null, Errno.ENODEV) : (instance, Errno.Ok);
        }

        if (ops.XlateAllocatesPriv && !(ops.Name == "apple-dart" && k.Has(AsahiDartRequireFwspec)))
        {
            // apple_dart_probe_device only looks at its cfg, not at the fwspec (the heart of C2's partial probe).
            return devIommu?.Priv is { Count: > 0 } cfg ? (cfg[0].Iommu, Errno.Ok) : (null, Errno.ENODEV);
        }

        if (devIommu?.Fwspec is not { Ids.Count: > 0 } fwspec || fwspec.FirstNode.Profile != ops)
        {
            return (null, Errno.ENODEV);
        }

        if (ops.XlateAllocatesPriv && devIommu.Priv is not { Count: > 0 })
        {
            return (null, Errno.ENODEV);
        }

        return (fwspec.FirstNode, Errno.Ok);
    }

    /// <summary>The (instance, stream) pairs the driver programs for a device.</summary>
    public static IReadOnlyList<(KIommu Iommu, int Stream)> Streams(Kernel k, KDevice dev)
    {
        var devIommu = dev.Iommu;
        if (devIommu?.IommuDev is not { } iommu)
        {
            return [];
        }

        if (iommu.Profile.XlateAllocatesPriv && devIommu.Priv is { } cfg)
        {
            return cfg;
        }

        if (iommu.Profile.BusProbed)
        {
            return [.. dev.IommuRefs.Where(r => r.Iommu == iommu.Name).Select(r => (iommu, r.StreamId))];
        }

        return devIommu.Fwspec is { } fwspec ? [.. fwspec.Ids.Select(id => (fwspec.FirstNode, id))] : [];
    }

    /// <summary>domain_alloc / domain_alloc_paging: null when the driver cannot provide that type in this era.</summary>
    public static KDomain? DomainAlloc(Kernel k, IommuDriverProfile ops, DomainType type, string owner)
    {
        var ok = type switch
        {
            // CONFIG_IOMMU_DMA=n on 32-bit ARM: no DMA cookie, so no DMA domain for anyone.
            DomainType.Dma => ops.SupportsDmaDomain && k.Arch != Arch.Arm32,
            DomainType.Identity or DomainType.Blocked => k.Has(DefaultDomainsMandatory) || ops.SupportsDmaDomain,
            _ => true,
        };
        return ok ? k.NewDomain(type, owner, ops) : null;
    }

    /// <summary>ops->attach_dev: programs every stream of the device, or (mtk_iommu_v1) reports success without doing it.</summary>
    public static int AttachDev(Kernel k, KDomain domain, KDevice dev)
    {
        var streams = Streams(k, dev);
        if (streams.Count == 0)
        {
            return Errno.ENODEV;
        }

        var ops = streams[0].Iommu.Profile;
        if (domain.Driver is { } owner && owner != ops && k.Has(EinvalIncompatible))
        {
            return Errno.EINVAL;
        }

        if (ops.SharedMappingDomain && streams[0].Iommu.SharedMapping is { } shared && domain != shared && domain.Type != DomainType.Identity)
        {
            if (!k.Has(MtkV1HonestAttach))
            {
                // mtk_iommu_v1_attach_device: "return 0" for any other domain so that the framework goes ahead.
                k.Log($"{ops.Name}: attach {dev} to {domain}: not the shared mapping, returning 0 anyway");
                return Errno.Ok;
            }

            return k.Has(EinvalIncompatible) ? Errno.EINVAL : Errno.EMEDIUMTYPE;
        }

        foreach (var (iommu, stream) in streams)
        {
            iommu.Program(stream, HwContext.For(domain));
        }

        k.Log($"{ops.Name} {string.Join(",", streams.Select(s => s.Iommu.Name).Distinct())}: {dev} attached to {domain}");
        return Errno.Ok;
    }

    /// <summary>ops->detach_dev (≤ v6.2) or ops->set_platform_dma_ops (v6.3–v6.6): hand the device back to platform DMA.</summary>
    public static void ToPlatformDma(Kernel k, KDevice dev)
    {
        foreach (var (iommu, stream) in Streams(k, dev))
        {
            iommu.Program(stream, HwContext.Bypass);
        }

        k.Log($"iommu: {dev} returned to platform DMA ops");
    }

    /// <summary>Whether the driver has the callback the core needs for a NULL default domain in this era.</summary>
    public static bool CanReturnToPlatformDma(Kernel k, IommuDriverProfile ops)
    {
        if (!ops.HadDetachDev && ops.SupportsDmaDomain)
        {
            return true; // never needed one: it always has a default domain
        }

        if (!k.Has(DetachDevRemoved))
        {
            return ops.HadDetachDev;
        }

        return ops.PlatformDmaSwitch is { } fix && k.Has(fix);
    }
}
