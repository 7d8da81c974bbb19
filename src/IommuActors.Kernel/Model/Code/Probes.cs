using IommuActors.Kernel.Model.State;
using IommuActors.Kernel.Model.Threads;
using IommuActors.Kernel.Topology;
using static IommuActors.Kernel.Model.Threads.Yield;

namespace IommuActors.Kernel.Model.Code;

/// <summary>drv->probe(): IOMMU drivers register their instance; client drivers follow their script (kernel-model.md A "Driver").</summary>
internal static class Probes
{
    public static IEnumerable<Yield> Probe(Kernel k, KThreadActor t, KDevice dev, KDriver drv, Ret ret)
    {
        dev.ProbeCalls++;
        if (drv.IommuDriver is not null)
        {
            var instance = k.Iommus.First(i => i.PlatformDevice == dev);
            ret.Value = Outcome(k, k.Topology.Iommus.First(s => s.Name == instance.Name).Probe, dev);
            if (!ret.Failed)
            {
                yield return Call("iommu_device_register", IommuCore.Register(k, t, instance));
            }

            yield break;
        }

        var spec = drv.Client!;
        switch (spec.Kind)
        {
            case DriverKind.DrmMaster:
                yield return Call("rockchip_drm_platform_probe", DrmMasterProbe(k, t, dev, ret));
                break;
            case DriverKind.Vfio:
                ret.Value = Errno.Ok;
                break;
            default:
                ret.Value = Outcome(k, spec.Probe, dev);
                if (!ret.Failed)
                {
                    ret.Value = Inject(k, dev);
                }

                if (!ret.Failed && spec.DmaInProbe)
                {
                    Dma.Check(k, dev, "probe");
                }

                break;
        }
    }

    /// <summary>Fault injection into a driver's probe(): the explorer chooses (a recorded choice) among the faults still allowed.</summary>
    private static int Inject(Kernel k, KDevice dev)
    {
        var faults = k.Topology.Faults;
        if (!faults.Any)
        {
            return Errno.Ok;
        }

        var choices = new List<int> { Errno.Ok };
        if (dev.InjectedDefers < faults.DeferStorm && !k.Core.InitcallsDone)
        {
            choices.Add(Errno.EPROBE_DEFER);
        }

        if (faults.ProbeFailures && !dev.InjectedFailure)
        {
            choices.Add(Errno.EIO);
        }

        var result = choices.Count == 1 ? Errno.Ok : choices[k.System.ChooseInt(choices.Count)];
        dev.InjectedDefers += result == Errno.EPROBE_DEFER ? 1 : 0;
        dev.InjectedFailure |= result == Errno.EIO;
        if (result != Errno.Ok)
        {
            k.Log($"fault injection: {dev} probe returns {Errno.Name(result)}");
        }

        return result;
    }

    private static int Outcome(Kernel k, System.Collections.Immutable.ImmutableArray<ProbeResult> script, KDevice dev)
    {
        var result = script.IsDefaultOrEmpty ? ProbeResult.Ok : script[Math.Min(dev.ProbeCalls - 1, script.Length - 1)];
        return result switch
        {
            ProbeResult.Ok => Errno.Ok,
            ProbeResult.Defer => Errno.EPROBE_DEFER,
            ProbeResult.NoDev => Errno.ENODEV,
            _ => Errno.EIO,
        };
    }

    /// <summary>
    /// A DRM/component master: defers until every component is bound, then binds them and moves each to its own
    /// shared domain with rockchip_drm_dma_attach_device() (arm_iommu_detach_device + iommu_attach_device).
    /// </summary>
    private static IEnumerable<Yield> DrmMasterProbe(Kernel k, KThreadActor t, KDevice master, Ret ret)
    {
        var components = master.Spec!.Components.Select(k.Device).ToList();
        if (components.Any(c => !c.Bound))
        {
            ret.Value = Errno.EPROBE_DEFER;
            yield break;
        }

        KDomain? shared = null;
        foreach (var vop in components.Where(c => c.Group is not null))
        {
            shared ??= DriverOps.DomainAlloc(k, vop.Iommu!.IommuDev!.Profile, DomainType.Unmanaged, "drm")!;
            yield return Call("rockchip_drm_dma_attach_device", DrmAttach(k, t, vop, shared));
        }

        ret.Value = Errno.Ok;
    }

    private static IEnumerable<Yield> DrmAttach(Kernel k, KThreadActor t, KDevice vop, KDomain shared)
    {
        if (vop.ArmMapping is { } mapping)
        {
            yield return Call("arm_iommu_detach_device", ArchDma.ArmIommuDetach(k, t, vop, mapping));
        }

        var ret = new Ret();
        yield return Call("iommu_attach_device", IommuCore.AttachDevice(k, t, shared, vop, ret));
        k.Log(ret.Failed ? $"rockchip-drm: {vop}: failed to attach to the DRM domain: {Errno.Name(ret.Value)}" : $"rockchip-drm: {vop} attached to {shared}");
    }
}
