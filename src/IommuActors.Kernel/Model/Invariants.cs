using IommuActors.Kernel.Model.Code;
using IommuActors.Kernel.Model.State;

namespace IommuActors.Kernel.Model;

/// <summary>
/// The model's safety and liveness properties, each with a stable id (kernel-model.md C1–C5 and §A). Some are
/// checked where the kernel acts (after attach, bind, a failed probe), the rest after each step or at quiescence.
/// </summary>
internal static class Invariants
{
    /// <summary>Gets every violation id the model can report.</summary>
    public static IReadOnlyList<string> Ids { get; } =
    [
        "detach-to-null-default-domain", "iommu-config-einval", "partial-iommu-probe", "iommus-not-programmed",
        "attach-reports-success-without-attach", "iommu-state-left-after-failed-probe", "release-blocked-require-direct",
        "dma-through-freed-domain", "dma-through-foreign-domain", "group-domain-mismatch", "device-deferred-forever", "livelock",
        "actor-system-failure",
    ];

    /// <summary>C3: attach_dev(D) == 0 must mean the hardware now translates the device through D.</summary>
    public static void AfterAttach(Kernel k, KDevice dev, KDomain domain)
    {
        foreach (var (iommu, stream) in DriverOps.Streams(k, dev))
        {
            if (iommu.Context(stream).Domain != domain)
            {
                k.Violation("attach-reports-success-without-attach",
                    $"{iommu.Profile.Name} attach_dev({domain}, {dev}) returned 0 but {iommu} stream {stream} is still {iommu.Context(stream)}");
                return;
            }
        }
    }

    /// <summary>C2 and §A: the IOMMU instances programmed for a bound device are exactly its DT <c>iommus</c>.</summary>
    public static void AfterBind(Kernel k, KDevice dev)
    {
        if (dev.Spec is null || dev.IommuRefs.Count == 0 || dev.Driver?.ManagesDma == true)
        {
            return;
        }

        var domain = dev.Group?.Domain;
        var programmedCount = 0;
        foreach (var (iommu, stream) in dev.IommuTargets)
        {
            programmedCount += domain is not null && iommu.Context(stream).Domain == domain ? 1 : 0;
        }

        if (programmedCount == dev.IommuTargets.Count)
        {
            return;
        }

        var programmed = dev.IommuRefs.Where(r => domain is not null && k.Iommu(r.Iommu).Context(r.StreamId).Domain == domain).ToList();
        var missing = dev.IommuRefs.Except(programmed).Select(r => $"{r.Iommu}:{r.StreamId}").ToList();

        if (programmed.Count > 0)
        {
            k.Violation("partial-iommu-probe",
                $"{dev} bound with {string.Join(",", programmed.Select(r => r.Iommu))} programmed but not {string.Join(",", missing)}: DMA through them faults");
        }
        else if (dev.IommuConfigEinval)
        {
            k.Violation("iommu-config-einval", $"{dev} bound without IOMMU translation: of_iommu_configure failed with -EINVAL (iommus {string.Join(",", missing)})");
        }
        else
        {
            k.Violation("iommus-not-programmed", $"{dev} bound with none of its IOMMUs programmed ({string.Join(",", missing)})");
        }
    }

    /// <summary>What a probe attempt may set up: its DMA ops and any domain it attaches.</summary>
    public static (DmaOps Ops, KDomain? Fake, KDomain? Mapping) Snapshot(KDevice dev) => (dev.DmaOps, dev.FakeDefault, dev.ArmMapping);

    /// <summary>C4: a probe attempt that does not end bound leaves no DMA ops, mapping or private domain it set up behind.</summary>
    public static void AfterFailedProbe(Kernel k, KDevice dev, (DmaOps Ops, KDomain? Fake, KDomain? Mapping) before)
    {
        var left = new List<string>();
        if (dev.DmaOps != DmaOps.Direct && dev.DmaOps != before.Ops)
        {
            left.Add($"dma_ops={dev.DmaOps}");
        }

        if (dev.FakeDefault is { Freed: false } fake && fake != before.Fake)
        {
            left.Add($"attached {fake}");
        }

        if (dev.ArmMapping is { Freed: false } mapping && mapping != before.Mapping && !mapping.Owner.Equals("arm-mapping", StringComparison.Ordinal))
        {
            left.Add($"arm mapping {mapping}");
        }

        if (left.Count > 0)
        {
            k.Violation("iommu-state-left-after-failed-probe", $"{dev}: probe did not bind but left {string.Join(", ", left)}");
        }
    }

    /// <summary>§A: group->domain equals every member's hardware context (checked on groups changed in the last step).</summary>
    public static string? GroupsMatchHardware(Kernel k)
    {
        foreach (var group in k.DirtyGroups)
        {
            foreach (var dev in group.Devices.Where(d => d.Iommu?.AttachDeferred != true))
            {
                foreach (var (iommu, stream) in DriverOps.Streams(k, dev))
                {
                    var context = iommu.Context(stream);
                    var matches = group.Domain is null ? context.Mode != HwMode.Translate : context.Domain == group.Domain;
                    if (!matches)
                    {
                        ClearDirty(k);
                        return $"{group}->domain is {group.Domain?.ToString() ?? "NULL"} but {iommu} stream {stream} of {dev} is {context}";
                    }
                }
            }
        }

        ClearDirty(k);
        return null;
    }

    private static void ClearDirty(Kernel k)
    {
        foreach (var group in k.DirtyGroups)
        {
            group.Dirty = false;
        }

        k.DirtyGroups.Clear();
    }

    /// <summary>Liveness: at quiescence a deferred device must be waiting for something absent, not for a lost trigger.</summary>
    public static string? NoneDeferredForever(Kernel k)
    {
        foreach (var dev in k.Core.Pending.Concat(k.Core.Active).Where(d => !d.Bound && !d.Dead))
        {
            var iommusReady = dev.IommuRefs.All(r => k.Iommu(r.Iommu).Registered) && dev.Suppliers.All(s => k.Device(s).Bound);
            var driver = DriverCore.Match(k, dev);
            if (driver is not null && iommusReady && WouldBind(k, dev, driver))
            {
                return $"{dev} is still deferred ({dev.ProbeReason}) although a retry would bind it: no trigger came after it deferred";
            }

            k.Log($"deferred probe pending: {dev}: {dev.ProbeReason}");
        }

        return null;
    }

    private static bool WouldBind(Kernel k, KDevice dev, KDriver driver)
    {
        if (driver.Client is { Kind: Topology.DriverKind.DrmMaster } master)
        {
            return dev.Spec!.Components.All(c => k.Device(c).Bound);
        }

        var script = driver.Client?.Probe ?? k.Topology.Iommus.First(i => k.Iommu(i.Name).PlatformDevice == dev).Probe;
        return script.IsDefaultOrEmpty || script[Math.Min(dev.ProbeCalls, script.Length - 1)] == Topology.ProbeResult.Ok;
    }
}
