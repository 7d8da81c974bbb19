namespace IommuActors.Kernel.Topology;

/// <summary>User-space actions.</summary>
public enum UserActionKind
{
    /// <summary>modprobe of a module driver: driver_register on the user thread.</summary>
    LoadModule,

    /// <summary>Unbind the device's driver and bind it to vfio-platform, then attach its group to a VFIO container.</summary>
    VfioAttach,

    /// <summary>Detach the device's group from the VFIO container.</summary>
    VfioDetach,

    /// <summary>Unbind the device's driver (sysfs unbind).</summary>
    Unbind,

    /// <summary>Remove the device (hot-unplug): device_del, then iommu_release_device.</summary>
    Remove,

    /// <summary>Fault injection: unbind a bound client the explorer chooses, then bind it again (unbind_store, bind_store).</summary>
    UnbindRebind,

    /// <summary>Fault injection: attach, then detach, a VFIO-bound device the explorer chooses.</summary>
    VfioChurn,
}
