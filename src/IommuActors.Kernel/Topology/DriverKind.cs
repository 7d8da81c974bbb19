namespace IommuActors.Kernel.Topology;

/// <summary>The kinds of client driver the model knows.</summary>
public enum DriverKind
{
    /// <summary>An ordinary driver: its probe follows its script.</summary>
    Client,

    /// <summary>A DRM/component master (rockchip_drm_platform_probe): defers until its components are bound, then moves them to its own shared domain.</summary>
    DrmMaster,

    /// <summary>vfio-platform: binds devices for user space and owns their DMA (driver_managed_dma).</summary>
    Vfio,
}
