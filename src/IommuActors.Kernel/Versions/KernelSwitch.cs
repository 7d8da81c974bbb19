namespace IommuActors.Kernel.Versions;

/// <summary>
/// One behaviour difference between kernels: a named switch, the upstream commit that made it (when there is one),
/// the first modelled version that has it, and why it matters.
/// </summary>
/// <param name="Name">The switch name, e.g. <c>fwspec-ops-resolved</c>.</param>
/// <param name="Commit">The 12-digit upstream commit id, or null (out-of-tree or not identified).</param>
/// <param name="Since">First version with the change; null when no modelled mainline version has it.</param>
/// <param name="Until">First version without it any more (superseded), or null.</param>
/// <param name="Reason">One line: what changes.</param>
public sealed record KernelSwitch(string Name, string? Commit, KernelVersion? Since, KernelVersion? Until, string Reason)
{
    /// <summary>Tells whether mainline <paramref name="version"/> has this change.</summary>
    /// <param name="version">The version.</param>
    /// <returns>True when on by default there.</returns>
    public bool InVersion(KernelVersion version) => Since is { } since && version >= since && (Until is not { } until || version < until);

    /// <summary>Tells whether <paramref name="id"/> names this switch (by name or by commit id, or a prefix of it of at least 7 digits).</summary>
    /// <param name="id">A name or commit id.</param>
    /// <returns>True on a match.</returns>
    public bool Matches(string id) =>
        string.Equals(id, Name, StringComparison.OrdinalIgnoreCase)
        || (Commit is not null && id.Length >= 7 && Commit.StartsWith(id, StringComparison.OrdinalIgnoreCase));
}
