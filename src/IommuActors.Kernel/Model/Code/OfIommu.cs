using IommuActors.Kernel.Model.State;
using IommuActors.Kernel.Model.Threads;
using static IommuActors.Kernel.Model.Threads.Yield;
using static IommuActors.Kernel.Versions.KernelCatalog.Names;

namespace IommuActors.Kernel.Model.Code;

/// <summary>drivers/iommu/of_iommu.c: of_iommu_configure() and of_iommu_xlate(), per era (kernel-model.md B5).</summary>
internal static class OfIommu
{
    /// <summary>of_iommu_configure(): returns 0 (configured, or no IOMMU to use), -EPROBE_DEFER, or logs and ignores other errors.</summary>
    public static IEnumerable<Yield> Configure(Kernel k, KThreadActor t, KDevice dev, Ret ret)
    {
        ret.Value = Errno.Ok;
        if (dev.IommuRefs.Count == 0)
        {
            yield break;
        }

        var simplified = k.Has(OfConfigureSimplified);
        var locked = k.Has(ProbeDeviceLockFwspec);
        if (locked)
        {
            yield return Lock(k.ProbeDeviceLock);
        }
        else
        {
            yield return Preempt; // pre-a2e7e59a9426: fwspec creation and of_xlate race the bus walk
        }

        var fwspec = dev.Iommu?.Fwspec;
        if (fwspec is not null && (simplified || fwspec.Ops is not null))
        {
            // "already configured": no replay, whatever the fwspec holds.
            Unlock(k, t, locked);
            yield break;
        }

        if (fwspec is not null && dev.Iommu is { } stale)
        {
            stale.Fwspec = null; // "In the deferred case, start again from scratch"
        }

        var devIommuPresent = dev.Iommu is not null;
        var err = Errno.Ok;
        foreach (var entry in dev.IommuRefs)
        {
            err = Xlate(k, dev, k.Iommu(entry.Iommu), entry.StreamId);
            if (err != Errno.Ok)
            {
                break;
            }

            if (!locked)
            {
                yield return Preempt;
            }
        }

        if (simplified && err != Errno.Ok)
        {
            // 5f937bc48a6a: only complete fwspecs survive an error.
            if (devIommuPresent && dev.Iommu is { } present)
            {
                present.Fwspec = null;
            }
            else
            {
                dev.Iommu = null;
            }
        }
        else if (k.Has(AsahiFreeFwspec) && err == Errno.EPROBE_DEFER)
        {
            dev.Iommu = null;
        }

        Unlock(k, t, locked);
        if (err == Errno.Ok && dev.Group is null)
        {
            var replay = new Ret();
            yield return Call("iommu_probe_device", IommuCore.ProbeDevice(k, t, dev, replay));
            err = replay.Value == Errno.ENODEV ? Errno.Ok : replay.Value;
        }

        if (err == Errno.EPROBE_DEFER)
        {
            ret.Value = err;
        }
        else if (err < 0)
        {
            dev.IommuConfigEinval = err == Errno.EINVAL;
            k.Log(k.Config.Version >= new Versions.KernelVersion(6, 8)
                ? $"{dev}: iommu configuration for device failed with {Errno.Name(err)}"
                : $"{dev}: Adding to IOMMU failed: {Errno.Name(err)}");
        }
    }

    /// <summary>of_iommu_xlate() + iommu_fwspec_init() for one <c>iommus</c> entry.</summary>
    public static int Xlate(Kernel k, KDevice dev, KIommu instance, int stream)
    {
        var registered = instance.Registered && (!k.Has(IommuReady) || instance.Ready || dev.Iommu is not null);
        var ops = registered ? instance.Profile : null;
        if (k.Has(FwspecOpsResolved) || k.Has(AsahiXlateDefer))
        {
            if (ops is null)
            {
                return DeferredProbeCheckState(k, dev);
            }
        }

        // iommu_fwspec_init(): an existing fwspec must have the same ops, else -EINVAL (C2 bug a when ops is NULL).
        if (dev.Iommu?.Fwspec is { } fwspec)
        {
            if (fwspec.Ops != ops && !(k.Has(FwspecOpsResolved) && fwspec.FirstNode.Profile == instance.Profile))
            {
                k.Log($"{dev}: iommu_fwspec_init for {instance}: fwspec ops mismatch (-EINVAL)");
                return Errno.EINVAL;
            }
        }
        else
        {
            dev.Iommu ??= new KDevIommu();
            dev.Iommu.Fwspec = new KFwspec(ops, instance);
        }

        if (ops is null)
        {
            return DeferredProbeCheckState(k, dev);
        }

        return DriverOps.OfXlate(k, instance, dev, stream);
    }

    /// <summary>driver_deferred_probe_check_state(): -ETIMEDOUT once the timeout expired after initcalls, else -EPROBE_DEFER.</summary>
    public static int DeferredProbeCheckState(Kernel k, KDevice dev)
    {
        if (k.Core.InitcallsDone && k.Core.TimeoutExpired)
        {
            k.Log($"{dev}: deferred probe timeout, ignoring dependency");
            return Errno.ETIMEDOUT;
        }

        return Errno.EPROBE_DEFER;
    }

    private static void Unlock(Kernel k, KThreadActor t, bool locked)
    {
        if (locked)
        {
            k.ProbeDeviceLock.Release(t);
        }
    }
}
