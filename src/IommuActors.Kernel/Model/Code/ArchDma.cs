using IommuActors.Kernel.Model.State;
using IommuActors.Kernel.Model.Threads;
using IommuActors.Kernel.Topology;
using static IommuActors.Kernel.Model.Threads.Yield;
using static IommuActors.Kernel.Versions.KernelCatalog.Names;

namespace IommuActors.Kernel.Model.Code;

/// <summary>bus->dma_configure / of_dma_configure and the arch DMA ops (arch/arm and arch/arm64 dma-mapping.c).</summary>
internal static class ArchDma
{
    /// <summary>of_dma_configure() from really_probe() (v4.12+): IOMMU configuration, arch ops, then DMA ownership (v5.19+).</summary>
    public static IEnumerable<Yield> DmaConfigure(Kernel k, KThreadActor t, KDevice dev, KDriver drv, Ret ret)
    {
        var configure = new Ret();
        yield return Call("of_iommu_configure", OfIommu.Configure(k, t, dev, configure));
        if (configure.Value == Errno.EPROBE_DEFER)
        {
            ret.Value = Errno.EPROBE_DEFER;
            yield break;
        }

        yield return Call("arch_setup_dma_ops", SetupDmaOps(k, t, dev));
        if (k.Has(DmaOwnership) && !drv.ManagesDma)
        {
            var use = new Ret();
            yield return Call("iommu_device_use_default_domain", IommuCore.UseDefaultDomain(k, t, dev, use));
            if (use.Failed)
            {
                yield return Call("arch_teardown_dma_ops", TeardownDmaOps(k, t, dev));
                ret.Value = use.Value;
                yield break;
            }
        }

        ret.Value = Errno.Ok;
    }

    /// <summary>arch_setup_dma_ops(): arm32 creates an arm mapping and attaches it; arm64/x86 use iommu-dma on a DMA default domain.</summary>
    public static IEnumerable<Yield> SetupDmaOps(Kernel k, KThreadActor t, KDevice dev)
    {
        if (dev.Group is not { } group)
        {
            dev.DmaOps = DmaOps.Direct;
            yield break;
        }

        if (k.Arch == Arch.Arm32)
        {
            if (dev.ArmMapping is not null)
            {
                yield break; // the IOMMU driver already set one up (mtk_iommu_v1)
            }

            // arm_setup_iommu_dma_ops(): arm_iommu_create_mapping() + arm_iommu_attach_device().
            var ops = dev.Iommu!.IommuDev!.Profile;
            var mapping = DriverOps.DomainAlloc(k, ops, DomainType.Unmanaged, $"arm-mapping:{dev}")!;
            var attach = new Ret();
            yield return Call("arm_iommu_attach_device", IommuCore.AttachDevice(k, t, mapping, dev, attach));
            if (attach.Failed)
            {
                mapping.Freed = true;
                k.Log($"{dev}: Failed to set up IOMMU for device; retaining platform DMA ops");
                dev.DmaOps = DmaOps.Direct;
                yield break;
            }

            dev.ArmMapping = mapping;
            dev.DmaOps = DmaOps.ArmIommu;
            yield break;
        }

        dev.DmaOps = group.DefaultDomain?.Type == DomainType.Dma ? DmaOps.IommuDma : DmaOps.Direct;
    }

    /// <summary>arch_teardown_dma_ops(): arm32 detaches and releases its mapping (C1's other path to the WARN); others reset the ops.</summary>
    public static IEnumerable<Yield> TeardownDmaOps(Kernel k, KThreadActor t, KDevice dev)
    {
        if (dev.ArmMapping is { } mapping && !(dev.Iommu?.IommuDev?.Profile.SharedMappingDomain ?? false))
        {
            yield return Call("arm_iommu_detach_device", ArmIommuDetach(k, t, dev, mapping));
        }

        dev.DmaOps = DmaOps.Direct;
    }

    /// <summary>arm_iommu_detach_device(): iommu_detach_device(), drop the mapping (the last reference frees its domain), dma_ops = NULL.</summary>
    public static IEnumerable<Yield> ArmIommuDetach(Kernel k, KThreadActor t, KDevice dev, KDomain mapping)
    {
        yield return Call("iommu_detach_device", IommuCore.DetachDevice(k, t, mapping, dev));
        mapping.Freed = true;
        k.Log($"{dev}: released arm mapping {mapping}");
        dev.ArmMapping = null;
        dev.DmaOps = DmaOps.Direct;
    }
}
