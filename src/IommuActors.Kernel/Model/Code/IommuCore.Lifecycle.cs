using IommuActors.Kernel.Model.State;
using IommuActors.Kernel.Model.Threads;
using IommuActors.Kernel.Profiles;
using static IommuActors.Kernel.Model.Threads.Yield;
using static IommuActors.Kernel.Versions.KernelCatalog.Names;

namespace IommuActors.Kernel.Model.Code;

/// <summary>drivers/iommu/iommu.c: registering instances, DMA ownership, and releasing devices.</summary>
internal static partial class IommuCore
{
    /// <summary>iommu_device_register() (v6.2+, with the bus replay) or bus_set_iommu() (earlier): list the instance, then walk the buses.</summary>
    public static IEnumerable<Yield> Register(Kernel k, KThreadActor t, KIommu iommu)
    {
        iommu.Registered = true;
        k.Log($"{iommu.Profile.Name} {iommu}: registered");
        var firstOfDriver = !k.BusOps.ContainsValue(iommu.Profile);
        if (!k.Has(DefaultDomainsMandatory))
        {
            foreach (var bus in new[] { "platform", "pci" })
            {
                k.BusOps.TryAdd(bus, iommu.Profile);
            }
        }

        if (k.Has(RegisterBusWalk) || firstOfDriver)
        {
            foreach (var bus in new[] { "platform", "pci" })
            {
                yield return Call("bus_iommu_probe", BusIommuProbe(k, t, bus));
            }
        }

        iommu.Ready = true;
    }

    /// <summary>iommu_device_use_default_domain() (bind time, v5.19+): -EBUSY if a user owns the group; -EPROBE_DEFER while it has no default domain (b46064a18810).</summary>
    public static IEnumerable<Yield> UseDefaultDomain(Kernel k, KThreadActor t, KDevice dev, Ret ret)
    {
        ret.Value = Errno.Ok;
        if (dev.Group is not { } group)
        {
            yield break;
        }

        yield return Lock(group.Mutex);
        if (group.Owner is not null)
        {
            ret.Value = Errno.EBUSY;
        }
        else if (k.Has(DefaultDomainRace) && group.DefaultDomain is null && group.Domain is null && !OnArm32WithoutDefault(k))
        {
            ret.Value = Errno.EPROBE_DEFER;
        }
        else
        {
            group.OwnerCount++;
        }

        group.Mutex.Release(t);
    }

    /// <summary>iommu_device_unuse_default_domain() (bus->dma_cleanup).</summary>
    public static IEnumerable<Yield> UnuseDefaultDomain(Kernel k, KThreadActor t, KDevice dev)
    {
        if (dev.Group is not { } group)
        {
            yield break;
        }

        yield return Lock(group.Mutex);
        if (group.OwnerCount > 0 && group.Owner is null)
        {
            group.OwnerCount--;
        }

        group.Mutex.Release(t);
    }

    /// <summary>iommu_group_claim_dma_owner(): a user (VFIO) takes the group; it moves to the blocking domain.</summary>
    public static IEnumerable<Yield> ClaimDmaOwner(Kernel k, KThreadActor t, KGroup group, object owner, Ret ret)
    {
        yield return Lock(group.Mutex);
        if (group.Owner is not null || group.OwnerCount > 0)
        {
            ret.Value = Errno.EBUSY;
        }
        else
        {
            var ops = group.Devices[0].Iommu!.IommuDev!.Profile;
            group.BlockingDomain ??= DriverOps.DomainAlloc(k, ops, DomainType.Blocked, "blocking") ?? k.NewDomain(DomainType.Unmanaged, "blocking", ops);
            ret.Value = GroupSetDomain(k, group, group.BlockingDomain);
            if (!ret.Failed)
            {
                group.Owner = owner;
                group.OwnerCount = 1;
            }
        }

        group.Mutex.Release(t);
    }

    /// <summary>iommu_release_device(): unlink from the group; v6.9+ attach the release domain; release_device; free the group's domains when it empties.</summary>
    public static IEnumerable<Yield> ReleaseDevice(Kernel k, KThreadActor t, KDevice dev)
    {
        if (dev.Group is not { } group || dev.Iommu?.IommuDev is not { } iommu)
        {
            yield break;
        }

        yield return Lock(group.Mutex);
        group.Devices.Remove(dev);
        k.MarkDirty(group);
        ReleaseDomainFor(k, dev, iommu.Profile, group);
        dev.Group = null;
        if (group.Devices.Count == 0)
        {
            foreach (var domain in new[] { group.DefaultDomain, group.BlockingDomain }.OfType<KDomain>())
            {
                domain.Freed = true;
                k.Log($"iommu: {group} empty: freed {domain}");
            }

            group.Domain = null;
        }

        group.Mutex.Release(t);
        dev.Iommu = null;
        k.Log($"iommu: Removing device {dev} from {group}");
    }

    private static void ReleaseDomainFor(Kernel k, KDevice dev, IommuDriverProfile ops, KGroup group)
    {
        if (!k.Has(ReleaseDomain) || ops.ReleaseDomain == ReleaseDomainKind.None || dev.Iommu!.AttachDeferred)
        {
            return; // without a release domain the device keeps translating through a domain that is about to be freed
        }

        var kind = ops.ReleaseDomain;
        if (kind == ReleaseDomainKind.Blocked && dev.Iommu.RequireDirect && k.Has(ReleaseRmrIdentity))
        {
            kind = ReleaseDomainKind.Identity; // "iommu: Generic support for RMRs during device release"
        }

        var domain = k.NewDomain(kind == ReleaseDomainKind.Blocked ? DomainType.Blocked : DomainType.Identity, "release", ops);
        if (domain.Type == DomainType.Blocked && dev.Iommu.RequireDirect)
        {
            k.Violation("release-blocked-require-direct",
                $"{dev}: {ops.Name} release_domain attaches BLOCKED to a require_direct device: firmware DMA to its 1:1 (RMR) region will fault");
        }

        // 0061ffe289e1 calls ops->release_domain->ops->attach_dev() directly, bypassing the require_direct check.
        DriverOps.AttachDev(k, domain, dev);
    }

    private static bool OnArm32WithoutDefault(Kernel k) => k.Arch == Topology.Arch.Arm32 && !k.Has(DefaultDomainsMandatory);
}
