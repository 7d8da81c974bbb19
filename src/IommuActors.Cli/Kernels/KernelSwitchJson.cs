using IommuActors.Kernel.Versions;

namespace IommuActors.Cli.Kernels;

/// <summary>One switch in the <c>kernels --json</c> document.</summary>
internal sealed record KernelSwitchJson
{
    public required string Name { get; init; }

    public string? Commit { get; init; }

    public string? Since { get; init; }

    public string? Until { get; init; }

    public required string Reason { get; init; }

    /// <summary>Builds the entry.</summary>
    /// <param name="change">The switch.</param>
    /// <returns>The entry.</returns>
    public static KernelSwitchJson From(KernelSwitch change) => new()
    {
        Name = change.Name,
        Commit = change.Commit,
        Since = change.Since?.ToString(),
        Until = change.Until?.ToString(),
        Reason = change.Reason,
    };
}
