namespace IommuActors.Kernel.Versions;

/// <summary>An unknown kernel version or switch id; the message is one user-facing line.</summary>
public sealed class KernelConfigException : Exception
{
    private KernelConfigException(string message, string value)
        : base(message)
    {
        Value = value;
    }

    /// <summary>Gets the offending value.</summary>
    public string Value { get; }

    internal static KernelConfigException UnknownVersion(string version) =>
        new($"unknown kernel version '{version}' (modelled: {string.Join(", ", KernelCatalog.Versions)})", version);

    internal static KernelConfigException UnknownSwitch(string id) =>
        new($"unknown kernel change '{id}': not a switch name or commit id (see 'iommu-actors kernels')", id);
}
