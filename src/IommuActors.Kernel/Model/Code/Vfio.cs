using IommuActors.Kernel.Model.State;
using IommuActors.Kernel.Model.Threads;
using static IommuActors.Kernel.Model.Threads.Yield;

namespace IommuActors.Kernel.Model.Code;

/// <summary>VFIO type1 (after "Simplify vfio_iommu_type1 attach/detach routine"): reuse a compatible domain, else allocate one (kernel-model.md C3).</summary>
internal static class Vfio
{
    /// <summary>Bind the device to vfio-platform, claim its group, attach it to the container's domains.</summary>
    public static IEnumerable<Yield> Attach(Kernel k, KThreadActor t, KDevice dev)
    {
        yield return Call("device_release_driver", UserSpace.ReleaseDriver(k, t, dev));
        dev.VfioOverride = true;
        yield return Call("bus_probe_device", DriverCore.BusProbeDevice(k, t, dev));
        if (!dev.Bound || dev.Group is not { } group)
        {
            k.Log($"vfio: {dev}: not bound to vfio-platform or no IOMMU group");
            yield break;
        }

        var claim = new Ret();
        yield return Call("iommu_group_claim_dma_owner", IommuCore.ClaimDmaOwner(k, t, group, "vfio", claim));
        if (claim.Failed)
        {
            k.Log($"vfio: {dev}: cannot claim DMA ownership: {Errno.Name(claim.Value)}");
            yield break;
        }

        foreach (var domain in k.VfioDomains)
        {
            var reuse = new Ret();
            yield return Call("iommu_attach_group", AttachGroup(k, t, domain, group, reuse));
            if (!reuse.Failed)
            {
                k.Log($"vfio: {group} reuses {domain}");
                Dma.Check(k, dev, "user");
                yield break;
            }

            if (reuse.Value != Errno.EINVAL && reuse.Value != Errno.EMEDIUMTYPE)
            {
                k.Log($"vfio: {group}: attach failed: {Errno.Name(reuse.Value)}");
                yield break;
            }
        }

        var fresh = DriverOps.DomainAlloc(k, dev.Iommu!.IommuDev!.Profile, DomainType.Unmanaged, "vfio")!;
        var ret = new Ret();
        yield return Call("iommu_attach_group", AttachGroup(k, t, fresh, group, ret));
        if (ret.Failed)
        {
            fresh.Freed = true;
            k.Log($"vfio: {group}: attach to a new domain failed: {Errno.Name(ret.Value)}");
            yield break;
        }

        k.VfioDomains.Add(fresh);
        k.Log($"vfio: {group} attached to {fresh}; user mappings replayed");
        Dma.Check(k, dev, "user");
    }

    /// <summary>Detach the group from the container; it returns to its default domain when ownership is released.</summary>
    public static IEnumerable<Yield> Detach(Kernel k, KThreadActor t, KDevice dev)
    {
        if (dev.Group is not { Owner: not null } group)
        {
            yield break;
        }

        yield return Lock(group.Mutex);
        group.Owner = null;
        group.OwnerCount = 0;
        IommuCore.GroupSetDomain(k, group, group.DefaultDomain);
        group.Mutex.Release(t);
        k.Log($"vfio: {group} released to the kernel");
    }

    private static IEnumerable<Yield> AttachGroup(Kernel k, KThreadActor t, KDomain domain, KGroup group, Ret ret)
    {
        yield return Lock(group.Mutex);
        ret.Value = group.Domain != group.DefaultDomain && group.Domain != group.BlockingDomain ? Errno.EBUSY : IommuCore.GroupSetDomain(k, group, domain);
        group.Mutex.Release(t);
    }
}
