using IommuActors.Kernel.Model.State;
using IommuActors.Kernel.Model.Threads;
using static IommuActors.Kernel.Model.Threads.Yield;
using static IommuActors.Kernel.Versions.KernelCatalog.Names;

namespace IommuActors.Kernel.Model.Code;

/// <summary>
/// The bus notifier chain, called synchronously in the caller's thread in priority order: the IOMMU core's notifier
/// (priority 0) and, before v4.12 on arm64, the DMA-ops notifier at priority -100 (kernel-model.md B1, C4).
/// </summary>
internal static class Notifiers
{
    /// <summary>BUS_NOTIFY_ADD_DEVICE.</summary>
    public static IEnumerable<Yield> AddDevice(Kernel k, KThreadActor t, KDevice dev)
    {
        if (dev.Spec is null)
        {
            yield break; // IOMMU platform devices themselves have no IOMMU
        }

        // iommu_bus_notifier(): E16 ops->add_device(), E17+ iommu_probe_device() (-ENODEV without a fwspec is fine).
        var ret = new Ret();
        yield return Call("iommu_probe_device", IommuCore.ProbeDevice(k, t, dev, ret));
        if (!k.Has(DeferredIommuConfig) && k.Arch == Topology.Arch.Arm64 && !k.Has(Arm64NotifierBindDriver))
        {
            // 2016 arm64 notifier, ADD_DEVICE action: walk the whole queue.
            foreach (var queued in k.Devices.Where(d => d.Arm64QueuedAttach).ToList())
            {
                DoIommuAttach(k, queued);
            }
        }
    }

    /// <summary>BUS_NOTIFY_BIND_DRIVER (sent by driver_sysfs_add before drv->probe).</summary>
    public static IEnumerable<Yield> BindDriver(Kernel k, KThreadActor t, KDevice dev)
    {
        if (!k.Has(DeferredIommuConfig) && k.Has(Arm64NotifierBindDriver) && dev.Arm64QueuedAttach)
        {
            // "arm64: mm: change IOMMU notifier action to attach DMA ops": only this device's entry, at bind time.
            DoIommuAttach(k, dev);
        }

        yield break;
    }

    /// <summary>E16 of_dma_configure() at device creation: of_iommu_configure (no deferral) then arch_setup_dma_ops (arm64: queue the attach).</summary>
    public static IEnumerable<Yield> ConfigureAtCreation(Kernel k, KThreadActor t, KDevice dev)
    {
        if (dev.Spec is null || dev.IommuRefs.Count == 0)
        {
            yield break;
        }

        var first = k.Iommu(dev.IommuRefs[0].Iommu);
        if (!first.Registered)
        {
            k.Log($"{dev}: no IOMMU registered at creation: platform DMA ops");
            yield break;
        }

        dev.Iommu ??= new KDevIommu();
        dev.Iommu.Fwspec ??= new KFwspec(first.Profile, first);
        foreach (var entry in dev.IommuRefs.Where(r => r.Iommu == first.Name))
        {
            DriverOps.OfXlate(k, first, dev, entry.StreamId);
        }

        if (k.Arch == Topology.Arch.Arm64)
        {
            dev.Arm64QueuedAttach = true; // queue_iommu_attach(): no group exists before device_add
        }
    }

    /// <summary>do_iommu_attach(): the group's default domain (or a private fake one), iommu-dma ops; the entry is dequeued.</summary>
    private static void DoIommuAttach(Kernel k, KDevice dev)
    {
        if (dev.Group is not { } group)
        {
            k.Log($"{dev}: IOMMU attach failed, retaining platform DMA ops");
            return;
        }

        if (group.DefaultDomain is null)
        {
            dev.FakeDefault = k.NewDomain(DomainType.Dma, "fake-default", dev.Iommu?.IommuDev?.Profile);
            DriverOps.AttachDev(k, dev.FakeDefault, dev);
            group.Domain = dev.FakeDefault;
        }

        dev.DmaOps = DmaOps.IommuDma;
        dev.Arm64QueuedAttach = false;
        k.Log($"{dev}: iommu-dma ops set up (arm64 notifier)");
    }
}
