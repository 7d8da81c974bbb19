using IommuActors.Kernel.Model.State;
using IommuActors.Kernel.Model.Threads;
using static IommuActors.Kernel.Model.Threads.Yield;
using static IommuActors.Kernel.Versions.KernelCatalog.Names;

namespace IommuActors.Kernel.Model.Code;

/// <summary>drivers/base/dd.c: driver_probe_device() and really_probe(), in kernel order (kernel-model.md B3).</summary>
internal static partial class DriverCore
{
    /// <summary>driver_probe_device() (device_lock held): snapshot the trigger count, probe, and on -EPROBE_DEFER add to the pending list.</summary>
    public static IEnumerable<Yield> DriverProbeDevice(Kernel k, KThreadActor t, KDevice dev, KDriver drv)
    {
        if (dev.Bound || dev.Dead || !dev.Registered)
        {
            yield break;
        }

        var trigger = k.Core.TriggerCount;
        var ret = new Ret();
        yield return Call("really_probe", ReallyProbe(k, t, dev, drv, ret));
        if (ret.Value == Errno.EPROBE_DEFER)
        {
            if (!k.Core.Pending.Contains(dev) && !k.Core.Active.Contains(dev))
            {
                k.Core.Pending.Add(dev);
            }

            if (trigger != k.Core.TriggerCount)
            {
                // Something bound while we were probing: re-trigger, or we would wait for nothing.
                yield return Call("driver_deferred_probe_trigger", Trigger(k, t));
            }
        }
    }

    /// <summary>really_probe().</summary>
    public static IEnumerable<Yield> ReallyProbe(Kernel k, KThreadActor t, KDevice dev, KDriver drv, Ret ret)
    {
        dev.Attempts++;
        if (dev.Suppliers.FirstOrDefault(s => !k.Device(s).Bound) is { } supplier)
        {
            // device_links_check_suppliers(): defer before anything else runs, with no notifications.
            ret.Value = Errno.EPROBE_DEFER;
            dev.Attempts--;
            Deferred(k, dev, drv, ret.Value, $"supplier {supplier} not ready");
            yield break;
        }

        dev.Driver = drv;
        var before = Invariants.Snapshot(dev);
        k.Log($"bus: '{dev.Bus}': {drv}: probing driver with device {dev}");
        if (k.Has(DeferredIommuConfig))
        {
            yield return Call("dma_configure", ArchDma.DmaConfigure(k, t, dev, drv, ret));
            if (ret.Failed)
            {
                // Failure in dma_configure jumps straight to cleanup, with no BIND_DRIVER/DRIVER_NOT_BOUND.
                dev.Driver = null;
                Deferred(k, dev, drv, ret.Value, "dma_configure");
                Invariants.AfterFailedProbe(k, dev, before);
                yield break;
            }
        }

        yield return Call("blocking_notifier_call_chain", Notifiers.BindDriver(k, t, dev));
        yield return Call(drv.IommuDriver is not null ? "iommu_driver_probe" : $"{drv.Name}_probe", Probes.Probe(k, t, dev, drv, ret));
        if (!ret.Failed)
        {
            yield return Call("driver_bound", DriverBound(k, t, dev, drv));
            yield break;
        }

        // probe_failed:
        if (k.Has(DriverNotBoundNotify))
        {
            k.Log($"bus: '{dev.Bus}': {dev}: BUS_NOTIFY_DRIVER_NOT_BOUND");
        }

        if (k.Has(DeferredIommuConfig))
        {
            if (k.Has(DmaOwnership) && !drv.ManagesDma)
            {
                yield return Call("iommu_device_unuse_default_domain", IommuCore.UnuseDefaultDomain(k, t, dev));
            }

            yield return Call("arch_teardown_dma_ops", ArchDma.TeardownDmaOps(k, t, dev));
        }

        dev.Driver = null;
        Deferred(k, dev, drv, ret.Value, "probe");
        Invariants.AfterFailedProbe(k, dev, before);
    }

    /// <summary>driver_bound(): bound, off the deferred lists, trigger deferred probing, BUS_NOTIFY_BOUND_DRIVER.</summary>
    private static IEnumerable<Yield> DriverBound(Kernel k, KThreadActor t, KDevice dev, KDriver drv)
    {
        dev.Bound = true;
        dev.ProbeReason = null;
        k.Log($"{drv} {dev}: bound");
        k.Core.Pending.Remove(dev);
        k.Core.Active.Remove(dev);
        Invariants.AfterBind(k, dev);
        yield return Call("driver_deferred_probe_trigger", Trigger(k, t));
    }

    private static void Deferred(Kernel k, KDevice dev, KDriver drv, int error, string where)
    {
        if (error == Errno.EPROBE_DEFER)
        {
            dev.ProbeReason = $"{where} deferred";
            k.Log($"{drv} {dev}: probe deferred ({where})");
        }
        else
        {
            dev.Failed = error != Errno.ENODEV || dev.Failed;
            dev.ProbeReason = $"{where} failed with {Errno.Name(error)}";
            k.Log($"{drv} {dev}: probe with driver {drv} failed with error {Errno.Name(error)}");
        }
    }
}
