using IommuActors.Kernel.Model.State;
using IommuActors.Kernel.Model.Threads;
using IommuActors.Kernel.Topology;
using static IommuActors.Kernel.Model.Threads.Yield;
using static IommuActors.Kernel.Versions.KernelCatalog.Names;

namespace IommuActors.Kernel.Model.Code;

/// <summary>drivers/iommu/iommu.c: default domains and changing a group's domain.</summary>
internal static partial class IommuCore
{
    /// <summary>iommu_setup_default_domain() (group->mutex held): pick the type, allocate, map direct regions, attach every member.</summary>
    public static void SetupDefaultDomain(Kernel k, KGroup group)
    {
        var ops = group.Devices[0].Iommu!.IommuDev!.Profile;

        // iommu_get_default_domain_type(): v6.7+ CONFIG_ARM_DMA_USE_IOMMU => IDENTITY; otherwise DMA.
        var type = k.Arch == Arch.Arm32 && k.Has(DefaultDomainsMandatory) ? DomainType.Identity : DomainType.Dma;
        var domain = DriverOps.DomainAlloc(k, ops, type, "default")
            ?? (type != DomainType.Dma ? DriverOps.DomainAlloc(k, ops, DomainType.Dma, "default") : null);
        if (domain is null && k.Has(DefaultDomainsMandatory))
        {
            domain = k.NewDomain(k.Arch == Arch.Arm32 ? DomainType.Platform : DomainType.Identity, "static", ops);
        }

        foreach (var dev in group.Devices.Where(d => d.Spec?.RequireDirect == true))
        {
            // iommu_create_device_direct_mappings(): IOMMU_RESV_DIRECT regions set require_direct.
            dev.Iommu!.RequireDirect = true;
        }

        group.DefaultDomain = domain;
        if (domain is null)
        {
            // <= v6.6: allocation failure is tolerated; the device stays on platform DMA (32-bit ARM always lands here).
            k.Log($"iommu: {group}: no default domain ({ops.Name} cannot allocate one on {k.Arch})");
            return;
        }

        k.Log($"iommu: Default domain type: {domain.Type} for {group}");
        foreach (var dev in group.Devices)
        {
            SetDeviceDomain(k, group, dev, domain);
        }

        group.Domain = domain;
        k.MarkDirty(group);
    }

    /// <summary>__iommu_device_set_domain(): refuses BLOCKED for require_direct, honours attach_deferred, calls attach_dev.</summary>
    public static int SetDeviceDomain(Kernel k, KGroup group, KDevice dev, KDomain domain)
    {
        if (domain.Type == DomainType.Blocked && dev.Iommu?.RequireDirect == true)
        {
            k.Log($"iommu: {dev}: Firmware has requested this device have a 1:1 IOMMU mapping, rejecting configuring the device without a 1:1 mapping");
            return Errno.EINVAL;
        }

        if (dev.Iommu?.AttachDeferred == true && domain == group.DefaultDomain)
        {
            return Errno.Ok;
        }

        k.MarkDirty(group);
        var ret = DriverOps.AttachDev(k, domain, dev);
        if (ret == Errno.Ok)
        {
            Invariants.AfterAttach(k, dev, domain);
        }

        return ret;
    }

    /// <summary>__iommu_group_set_domain() (group->mutex held). A NULL target means "back to platform DMA" (≤ v6.6): C1's WARN lives here.</summary>
    public static int GroupSetDomain(Kernel k, KGroup group, KDomain? domain)
    {
        k.MarkDirty(group);
        if (domain is null)
        {
            var ops = group.Devices[0].Iommu!.IommuDev!.Profile;
            if (!DriverOps.CanReturnToPlatformDma(k, ops))
            {
                var callback = k.Has(DetachDevRemoved) ? "ops->set_platform_dma_ops" : "domain->ops->detach_dev";
                k.Warn("drivers/iommu/iommu.c:2198", "__iommu_group_set_domain+0xb4/0xc8", "detach-to-null-default-domain",
                    $"{group} ({string.Join(",", group.Devices)}) must return to platform DMA but {ops.Name} has no {callback}: hardware stays on {group.Domain}");
                if (k.Has(DetachDevRemoved))
                {
                    group.Domain = null; // v6.3: group->domain is forced NULL although the hardware was never detached
                }

                return Errno.EINVAL;
            }

            foreach (var dev in group.Devices)
            {
                DriverOps.ToPlatformDma(k, dev);
            }

            group.Domain = null;
            return Errno.Ok;
        }

        var previous = group.Domain;
        foreach (var dev in group.Devices)
        {
            var ret = SetDeviceDomain(k, group, dev, domain);
            if (ret != Errno.Ok)
            {
                if (previous is not null)
                {
                    foreach (var d in group.Devices)
                    {
                        SetDeviceDomain(k, group, d, previous);
                    }
                }

                return ret;
            }
        }

        group.Domain = domain;
        return Errno.Ok;
    }

    /// <summary>iommu_attach_device(): one-device groups only; -EBUSY if a user domain is already attached.</summary>
    public static IEnumerable<Yield> AttachDevice(Kernel k, KThreadActor t, KDomain domain, KDevice dev, Ret ret)
    {
        if (dev.Group is not { } group)
        {
            ret.Value = Errno.ENODEV;
            yield break;
        }

        yield return Lock(group.Mutex);
        if (group.Devices.Count != 1)
        {
            ret.Value = Errno.EINVAL;
        }
        else if (group.Domain is not null && group.Domain != group.DefaultDomain && group.Domain != group.BlockingDomain)
        {
            ret.Value = Errno.EBUSY;
        }
        else
        {
            ret.Value = GroupSetDomain(k, group, domain);
        }

        group.Mutex.Release(t);
    }

    /// <summary>iommu_detach_device(): back to the core domain (owner ? blocking : default), which may be NULL before v6.7.</summary>
    public static IEnumerable<Yield> DetachDevice(Kernel k, KThreadActor t, KDomain domain, KDevice dev)
    {
        if (dev.Group is not { } group)
        {
            yield break;
        }

        yield return Lock(group.Mutex);
        if (group.Domain != domain || group.Devices.Count != 1)
        {
            k.Log($"WARNING: iommu_detach_device: {dev}: {domain} is not the group's domain");
        }
        else
        {
            GroupSetDomain(k, group, group.Owner is not null ? group.BlockingDomain : group.DefaultDomain);
        }

        group.Mutex.Release(t);
    }
}
