using IommuActors.Kernel.Versions;

namespace IommuActors.Cli.Kernels;

/// <summary>The <c>kernels --json</c> document: the modelled versions and every switch.</summary>
internal sealed record KernelsJson
{
    public required IReadOnlyList<string> Versions { get; init; }

    public required IReadOnlyList<KernelSwitchJson> Switches { get; init; }

    /// <summary>Builds the document from <see cref="KernelCatalog"/>.</summary>
    /// <returns>The document.</returns>
    public static KernelsJson FromCatalog() => new()
    {
        Versions = [.. KernelCatalog.Versions.Select(v => v.ToString())],
        Switches = [.. KernelCatalog.Switches.Select(KernelSwitchJson.From)],
    };
}
