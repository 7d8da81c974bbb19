using IommuActors.Kernel.Model.State;
using IommuActors.Kernel.Model.Threads;
using IommuActors.Kernel.Topology;
using static IommuActors.Kernel.Model.Threads.Yield;

namespace IommuActors.Kernel.Model.Code;

/// <summary>What user space does (sysfs, modprobe, VFIO ioctls), each on its own task.</summary>
internal static class UserSpace
{
    public static IEnumerable<Yield> Run(Kernel k, KThreadActor t, UserActionSpec action)
    {
        switch (action.Kind)
        {
            case UserActionKind.LoadModule:
                yield return Call("driver_register", DriverCore.DriverRegister(k, t, k.Drivers.First(d => d.Name == action.Target)));
                break;
            case UserActionKind.Unbind:
                yield return Call("device_release_driver", ReleaseDriver(k, t, k.Device(action.Target)));
                break;
            case UserActionKind.Remove:
                yield return Call("device_del", DeviceDel(k, t, k.Device(action.Target)));
                break;
            case UserActionKind.VfioAttach:
                yield return Call("vfio_iommu_type1_attach_group", Vfio.Attach(k, t, k.Device(action.Target)));
                break;
            case UserActionKind.VfioDetach:
                yield return Call("vfio_iommu_type1_detach_group", Vfio.Detach(k, t, k.Device(action.Target)));
                break;
            case UserActionKind.UnbindRebind when Chosen(k, d => d.Bound && d.Driver?.Client is { Kind: DriverKind.Client }) is { } dev:
                yield return Call("unbind_store", ReleaseDriver(k, t, dev));
                yield return Call("bind_store", DriverCore.BusProbeDevice(k, t, dev));
                break;
            case UserActionKind.VfioChurn when Chosen(k, d => d.Bound && d.Driver?.ManagesDma == true) is { } dev:
                yield return Call("vfio_iommu_type1_attach_group", Vfio.Attach(k, t, dev));
                yield return Call("vfio_iommu_type1_detach_group", Vfio.Detach(k, t, dev));
                break;
            default:
                k.Log($"fault injection: nothing to {action.Kind}");
                break;
        }
    }

    /// <summary>The device a churn action works on: the explorer chooses among the candidates (a recorded choice).</summary>
    private static KDevice? Chosen(Kernel k, Func<KDevice, bool> candidate)
    {
        var candidates = k.Devices.Where(candidate).ToList();
        return candidates.Count == 0 ? null : candidates[candidates.Count == 1 ? 0 : k.System.ChooseInt(candidates.Count)];
    }

    /// <summary>device_release_driver(): under device_lock, drv->remove, dma_cleanup, arch_teardown_dma_ops, unbound.</summary>
    public static IEnumerable<Yield> ReleaseDriver(Kernel k, KThreadActor t, KDevice dev)
    {
        yield return Lock(dev.Lock);
        if (dev.Bound && dev.Driver is { } drv)
        {
            k.Log($"{drv} {dev}: remove");
            if (k.Has(Versions.KernelCatalog.Names.DmaOwnership) && !drv.ManagesDma)
            {
                yield return Call("iommu_device_unuse_default_domain", IommuCore.UnuseDefaultDomain(k, t, dev));
            }

            if (k.Has(Versions.KernelCatalog.Names.DeferredIommuConfig))
            {
                yield return Call("arch_teardown_dma_ops", ArchDma.TeardownDmaOps(k, t, dev));
            }

            dev.Bound = false;
            dev.Driver = null;
        }

        dev.Lock.Release(t);
    }

    /// <summary>device_del(): release the driver, leave the bus, BUS_NOTIFY_REMOVED_DEVICE → iommu_release_device().</summary>
    private static IEnumerable<Yield> DeviceDel(Kernel k, KThreadActor t, KDevice dev)
    {
        yield return Call("device_release_driver", ReleaseDriver(k, t, dev));
        dev.Dead = true;
        dev.Registered = false;
        k.Log($"{dev.Bus} {dev}: device_del");
        yield return Call("iommu_release_device", IommuCore.ReleaseDevice(k, t, dev));
        if (dev.Spec?.FirmwareDma == true && dev.IommuRefs.Count > 0)
        {
            // The device's firmware does not know the OS let go: it keeps using its 1:1 buffers.
            var first = dev.IommuRefs[0];
            k.System.InjectEvent($"fw-{dev.Name}", k.Iommu(first.Iommu).Hardware, new Actors.IommuHardwareActor.DmaTransaction(dev.Name, first.StreamId));
        }
    }
}
