namespace IommuActors.Kernel.Topology;

/// <summary>What a scripted probe returns.</summary>
public enum ProbeResult
{
    /// <summary>0: bound.</summary>
    Ok,

    /// <summary>-EPROBE_DEFER: try again later.</summary>
    Defer,

    /// <summary>-ENODEV: not this device; not retried.</summary>
    NoDev,

    /// <summary>Another error (-EIO): failed for good.</summary>
    Error,
}
