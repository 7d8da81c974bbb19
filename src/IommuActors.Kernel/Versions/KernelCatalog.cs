namespace IommuActors.Kernel.Versions;

/// <summary>
/// The modelled kernel versions and every behaviour switch (../shared/docs/kernel-model.md, sections A–D).
/// A kernel = a version's default switch set, plus <c>--fix</c>, minus <c>--without-fix</c>.
/// </summary>
public static class KernelCatalog
{
    /// <summary>Gets the versions a scenario or <c>--kernel</c> may name.</summary>
    public static IReadOnlyList<KernelVersion> Versions { get; } =
    [
        new(4, 6), new(4, 9), new(4, 12), new(5, 19), new(6, 2), new(6, 3), new(6, 6), new(6, 7), new(6, 9), new(6, 10),
        new(6, 11), new(6, 15),
    ];

    /// <summary>Gets every switch, oldest first.</summary>
    public static IReadOnlyList<KernelSwitch> Switches { get; } =
    [
        new(Names.Arm64NotifierBindDriver, null, new(4, 9), new(4, 12),
            "arm64: mm: change IOMMU notifier action to attach DMA ops: IOMMU DMA ops are set up on BUS_NOTIFY_BIND_DRIVER, not ADD_DEVICE"),
        new(Names.DeferredIommuConfig, null, new(4, 12), null,
            "of_dma_configure() runs in really_probe(): IOMMU configuration can defer and is torn down when the probe fails (4.12 probe-deferral series)"),
        new(Names.DriverNotBoundNotify, null, new(4, 12), null,
            "really_probe() sends BUS_NOTIFY_DRIVER_NOT_BOUND after a failed probe (absent from the v4.6-era dd.c)"),
        new(Names.DmaOwnership, null, new(5, 19), null,
            "iommu_device_use_default_domain() at bind time (DMA ownership rework)"),
        new(Names.RegisterBusWalk, null, new(6, 2), null,
            "iommu_device_register() replays bus_iommu_probe() for every bus; bus_set_iommu() retired"),
        new(Names.EinvalIncompatible, "f4a147735793", new(6, 2), null,
            "iommu: Use EINVAL for incompatible device/domain in ->attach_dev (was -EMEDIUMTYPE)"),
        new(Names.DetachDevRemoved, "1b932ceddd19", new(6, 3), null,
            "iommu: Remove detach_dev callbacks: drivers without a default domain lose ->detach_dev"),
        new(Names.SetPlatformDmaOps, "c1fe9119ee70", new(6, 3), new(6, 7),
            "iommu: Add set_platform_dma_ops callbacks: a NULL default domain is reached through ops->set_platform_dma_ops(), WARN if missing"),
        new(Names.ExynosPlatformDma, "189d496b48b1", new(6, 3), null,
            "iommu/exynos: Add missing set_platform_dma_ops callback"),
        new(Names.RockchipPlatformDma, "25c2325575cc", new(6, 3), null,
            "iommu/rockchip: Add missing set_platform_dma_ops callback"),
        new(Names.ProbeDeviceLock, "01657bc14a39", new(6, 6), null,
            "iommu: Avoid races around device probe: __iommu_probe_device() runs under iommu_probe_device_lock"),
        new(Names.ProbeDeviceLockFwspec, "a2e7e59a9426", new(6, 6), null,
            "iommu: Avoid more races around device probe: the lock also covers fwspec creation and of_xlate (v6.7, in 6.6.y)"),
        new(Names.DefaultDomainsMandatory, null, new(6, 7), null,
            "iommu: Remove ops->set_platform_dma_ops(): every driver provides IDENTITY/PLATFORM domains; a NULL default domain is impossible"),
        new(Names.ReleaseDomain, "0061ffe289e1", new(6, 9), null,
            "iommu: Add static iommu_ops->release_domain: attached before ops->release_device()"),
        new(Names.FwspecOpsResolved, "3f7c32091628", new(6, 11), null,
            "iommu: Resolve fwspec ops automatically: iommu_fwspec_init() defers for an unregistered IOMMU before the mismatch check"),
        new(Names.OfConfigureSimplified, "5f937bc48a6a", new(6, 11), null,
            "OF: Simplify of_iommu_configure(): the fwspec is freed on any error, so only complete fwspecs survive"),
        new(Names.DefaultDomainRace, "b46064a18810", new(6, 15), null,
            "iommu: Handle race with default domain setup: -EPROBE_DEFER until the group has its default domain"),
        new(Names.IommuReady, "da33e87bd2bf", new(6, 15), null,
            "iommu: Handle yet another race around registration: fwspec_init defers until the instance is ready"),
        new(Names.ReleaseRmrIdentity, null, null, null,
            "iommu: Generic support for RMRs during device release: IDENTITY instead of a BLOCKED release domain when require_direct (Oct 2025)"),
        new(Names.AsahiXlateDefer, null, null, null,
            "iommu/of: Handle missing iommu_ops as probe deferral in of_iommu_xlate (Hector Martin's first fix, Asahi tree)"),
        new(Names.AsahiFreeFwspec, null, null, null,
            "iommu/of: Free fwspec on probe deferral (Asahi tree)"),
        new(Names.AsahiDartRequireFwspec, null, null, null,
            "iommu: apple-dart: Check for fwspec in the device probe path (Jason Gunthorpe's ask, Asahi tree)"),
        new(Names.MtkV1HonestAttach, null, null, null,
            "mtk_iommu_v1 attach_dev returns -EINVAL for a domain it cannot use instead of 0 (the corrected driver behaviour the VFIO thread asks for)"),
    ];

    /// <summary>Finds a version.</summary>
    /// <param name="text">E.g. <c>6.6</c>.</param>
    /// <returns>The version, or null when it is not modelled.</returns>
    public static KernelVersion? FindVersion(string text) =>
        KernelVersion.TryParse(text, out var v) && Versions.Contains(v) ? v : null;

    /// <summary>Finds a switch by name or commit id.</summary>
    /// <param name="id">Name or commit id (7+ hex digits).</param>
    /// <returns>The switch, or null.</returns>
    public static KernelSwitch? FindSwitch(string id) => Switches.FirstOrDefault(s => s.Matches(id));

    /// <summary>Switch names, used by the model to ask what the kernel does.</summary>
    public static class Names
    {
#pragma warning disable CS1591 // each constant is documented by its catalog entry's reason
        public const string Arm64NotifierBindDriver = "arm64-notifier-bind-driver";
        public const string DeferredIommuConfig = "deferred-iommu-config";
        public const string DriverNotBoundNotify = "driver-not-bound-notify";
        public const string DmaOwnership = "dma-ownership";
        public const string RegisterBusWalk = "register-bus-walk";
        public const string EinvalIncompatible = "einval-incompatible-attach";
        public const string DetachDevRemoved = "detach-dev-removed";
        public const string SetPlatformDmaOps = "set-platform-dma-ops";
        public const string ExynosPlatformDma = "exynos-set-platform-dma";
        public const string RockchipPlatformDma = "rockchip-set-platform-dma";
        public const string ProbeDeviceLock = "probe-device-lock";
        public const string ProbeDeviceLockFwspec = "probe-device-lock-fwspec";
        public const string DefaultDomainsMandatory = "default-domains-mandatory";
        public const string ReleaseDomain = "release-domain";
        public const string FwspecOpsResolved = "fwspec-ops-resolved";
        public const string OfConfigureSimplified = "of-configure-simplified";
        public const string DefaultDomainRace = "default-domain-race";
        public const string IommuReady = "iommu-ready";
        public const string ReleaseRmrIdentity = "release-rmr-identity";
        public const string AsahiXlateDefer = "asahi-xlate-defer";
        public const string AsahiFreeFwspec = "asahi-free-fwspec-on-defer";
        public const string AsahiDartRequireFwspec = "asahi-dart-require-fwspec";
        public const string MtkV1HonestAttach = "mtk-v1-honest-attach";
#pragma warning restore CS1591
    }
}
