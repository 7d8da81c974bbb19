using IommuActors.Kernel.Model.State;
using IommuActors.Kernel.Model.Threads;
using IommuActors.Kernel.Profiles;
using static IommuActors.Kernel.Model.Threads.Yield;
using static IommuActors.Kernel.Versions.KernelCatalog.Names;

namespace IommuActors.Kernel.Model.Code;

/// <summary>drivers/iommu/iommu.c: probing devices into groups (iommu_probe_device, __iommu_probe_device, bus_iommu_probe).</summary>
internal static partial class IommuCore
{
    /// <summary>iommu_probe_device(): the replay from of_iommu_configure and the ADD_DEVICE notifier.</summary>
    public static IEnumerable<Yield> ProbeDevice(Kernel k, KThreadActor t, KDevice dev, Ret ret)
    {
        if (!WouldProbe(k, dev))
        {
            // A critical section that would only read and return (no ops, or already in a group) changes nothing
            // and commutes with every other thread's step, so it runs here without a scheduling point.
            ret.Value = OpsFor(k, dev) is null ? Errno.ENODEV : Errno.Ok;
            yield break;
        }

        var locked = k.Has(ProbeDeviceLock) && k.ProbeDeviceLock.Owner != t;
        if (locked)
        {
            yield return Lock(k.ProbeDeviceLock);
        }

        yield return Call("__iommu_probe_device", ProbeDeviceLocked(k, t, dev, null, ret));
        if (locked)
        {
            k.ProbeDeviceLock.Release(t);
        }

        if (!ret.Failed && dev.Iommu?.IommuDev is { Profile.SharedMappingDomain: true } m4u)
        {
            // mtk_iommu_v1_probe_finalize: arm_iommu_attach_device(dev, shared mapping), outside the probe lock.
            yield return Call("arm_iommu_attach_device", AttachSharedMapping(k, t, dev, m4u));
        }
    }

    /// <summary>__iommu_probe_device() (v6.8–v6.10 shape; earlier eras equivalent). The caller holds iommu_probe_device_lock when the era has it.</summary>
    public static IEnumerable<Yield> ProbeDeviceLocked(Kernel k, KThreadActor t, KDevice dev, List<KGroup>? groupList, Ret ret)
    {
        ret.Value = Errno.Ok;
        var ops = OpsFor(k, dev);
        if (ops is null)
        {
            ret.Value = Errno.ENODEV;
            yield break;
        }

        if (dev.Group is not null)
        {
            // Already in a group: nothing to do. This short-circuit is what leaves C2's second DART unprogrammed.
            yield break;
        }

        dev.Iommu ??= new KDevIommu();
        var (instance, error) = DriverOps.ProbeDevice(k, ops, dev);
        if (instance is null)
        {
            // iommu_init_device(): err_free -> dev_iommu_free(dev), whoever allocated dev->iommu.
            dev.Iommu = null;
            ret.Value = error;
            yield break;
        }

        dev.Iommu.IommuDev = instance;
        var group = dev.Group = SharedGroup(k, dev) ?? k.NewGroup();
        foreach (var stream in DriverOps.Streams(k, dev))
        {
            k.StreamGroups[Kernel.StreamKey(stream.Iommu, stream.Stream)] = group;
        }

        k.Log($"iommu: Adding device {dev} to {group}");
        yield return Lock(group.Mutex);
        group.Devices.Add(dev);
        k.MarkDirty(group);
        if (group.Domain is { } domain)
        {
            SetDeviceDomain(k, group, dev, domain);
        }
        else if (groupList is null)
        {
            SetupDefaultDomain(k, group);
        }
        else if (!groupList.Contains(group))
        {
            groupList.Add(group);
        }

        group.Mutex.Release(t);
    }

    /// <summary>bus_iommu_probe(): probe every device of a bus, then give each new group its default domain.</summary>
    public static IEnumerable<Yield> BusIommuProbe(Kernel k, KThreadActor t, string bus)
    {
        var groups = new List<KGroup>();

        // The walk starts after the instance is on iommu_device_list: other threads (a client's of_iommu_configure)
        // may act in between. After that, devices the walk would not touch are skipped without scheduling points.
        yield return Preempt;
        var devices = k.BusDevices.TryGetValue(bus, out var onBus) ? onBus : [];
        var withoutFwspec = (k.BusOps.Count > 0 && !k.Has(DefaultDomainsMandatory)) || k.Iommus.Exists(i => i.Registered && i.Profile.BusProbed);
        for (var i = 0; i < devices.Count; i++)
        {
            var dev = devices[i];
            if ((dev.Iommu is null && !withoutFwspec) || !dev.Registered || dev.Dead || !WouldProbe(k, dev))
            {
                continue; // a read-only no-op under the lock: no scheduling point needed (see ProbeDevice)
            }

            var ret = new Ret();
            if (k.Has(ProbeDeviceLock))
            {
                yield return Lock(k.ProbeDeviceLock);
            }
            else
            {
                yield return Preempt;
            }

            yield return Call("__iommu_probe_device", ProbeDeviceLocked(k, t, dev, groups, ret));
            if (k.Has(ProbeDeviceLock))
            {
                k.ProbeDeviceLock.Release(t);
            }
        }

        foreach (var group in groups)
        {
            yield return Lock(group.Mutex);
            if (group.DefaultDomain is null && group.Domain is null)
            {
                SetupDefaultDomain(k, group);
            }

            group.Mutex.Release(t);
        }

        foreach (var dev in groups.SelectMany(g => g.Devices).Where(d => d.Iommu?.IommuDev is { Profile.SharedMappingDomain: true }).ToList())
        {
            yield return Call("arm_iommu_attach_device", AttachSharedMapping(k, t, dev, dev.Iommu!.IommuDev!));
        }
    }

    /// <summary>Whether __iommu_probe_device() would do anything: ops found and the device not yet in a group.</summary>
    public static bool WouldProbe(Kernel k, KDevice dev) => dev.Group is null && OpsFor(k, dev) is not null;

    /// <summary>Which driver's ops apply: the fwspec's, else the bus's (≤ v6.7), else a bus-probed instance's.</summary>
    public static IommuDriverProfile? OpsFor(Kernel k, KDevice dev)
    {
        if (dev.Iommu?.Fwspec?.Ops is { } fwspecOps)
        {
            return fwspecOps;
        }

        if (dev.Iommu?.Fwspec is { } fwspec && fwspec.FirstNode.Registered && k.Has(FwspecOpsResolved))
        {
            return fwspec.FirstNode.Profile;
        }

        if (k.BusOps.Count > 0 && !k.Has(DefaultDomainsMandatory) && k.BusOps.TryGetValue(dev.Bus, out var busOps))
        {
            return busOps;
        }

        foreach (var (iommu, _) in dev.IommuTargets)
        {
            if (iommu is { Registered: true, Profile.BusProbed: true })
            {
                return iommu.Profile;
            }
        }

        return null;
    }

    /// <summary>ops->device_group: devices sharing a stream on one instance share a group; otherwise one group each.</summary>
    private static KGroup? SharedGroup(Kernel k, KDevice dev)
    {
        foreach (var stream in DriverOps.Streams(k, dev))
        {
            if (k.StreamGroups.TryGetValue(Kernel.StreamKey(stream.Iommu, stream.Stream), out var group) && group.Devices.Count > 0)
            {
                return group;
            }
        }

        return null;
    }

    private static IEnumerable<Yield> AttachSharedMapping(Kernel k, KThreadActor t, KDevice dev, KIommu m4u)
    {
        m4u.SharedMapping ??= k.NewDomain(DomainType.Unmanaged, "arm-mapping", m4u.Profile);
        dev.ArmMapping = m4u.SharedMapping;
        var ret = new Ret();
        yield return Call("iommu_attach_device", AttachDevice(k, t, m4u.SharedMapping, dev, ret));
        if (!ret.Failed)
        {
            dev.DmaOps = DmaOps.ArmIommu;
        }
    }
}
