using System.Collections.Immutable;
using IommuActors.Kernel.Versions;

namespace IommuActors.Scenarios;

/// <summary>A kernel to boot a scenario on, and the violations exploring it is expected to find.</summary>
/// <param name="Name">The variant name, e.g. <c>buggy</c>.</param>
/// <param name="Kernel">The mainline version, e.g. <c>6.6</c>.</param>
/// <param name="Fixes">Switches (names or commit ids, as written) added on top of the version.</param>
/// <param name="WithoutFixes">Switches removed from the version.</param>
/// <param name="Expect">Violation ids the exploration should find; empty means it must find nothing.</param>
/// <param name="Note">A free-text note, or null.</param>
public sealed record VariantSpec(
    string Name,
    string Kernel,
    ImmutableArray<string> Fixes,
    ImmutableArray<string> WithoutFixes,
    ImmutableArray<string> Expect,
    string? Note)
{
    /// <summary>
    /// Resolves the variant's kernel, optionally on another version and with more switches added or removed. A switch
    /// added here overrides the variant removing it, and a switch removed here overrides the variant adding it.
    /// </summary>
    /// <param name="overrideVersion">A version to use instead of <see cref="Kernel"/>, or null.</param>
    /// <param name="extraFixes">More switches to add (names or commit ids), or null.</param>
    /// <param name="extraWithoutFixes">More switches to remove, or null.</param>
    /// <returns>The kernel.</returns>
    /// <exception cref="KernelConfigException">An unknown version or switch id.</exception>
    public KernelConfig ResolveKernel(string? overrideVersion = null, IEnumerable<string>? extraFixes = null, IEnumerable<string>? extraWithoutFixes = null)
    {
        var add = (extraFixes ?? []).ToList();
        var remove = (extraWithoutFixes ?? []).ToList();
        var addNames = SwitchNames(add);
        var removeNames = SwitchNames(remove);
        var fixes = Fixes.Where(f => !removeNames.Contains(SwitchName(f))).Concat(add);
        var withoutFixes = WithoutFixes.Where(f => !addNames.Contains(SwitchName(f))).Concat(remove);
        return KernelConfig.Resolve(overrideVersion ?? Kernel, Distinct(fixes), Distinct(withoutFixes));
    }

    /// <summary>Tells whether an exploration's findings are what the variant expects.</summary>
    /// <param name="foundIds">The ids of the violations found.</param>
    /// <returns>
    /// With an empty <see cref="Expect"/>: true when nothing was found. Otherwise: true when something was found and
    /// every id found is expected (an exploration that stops at the first violation finds one of them).
    /// </returns>
    public bool IsExpected(IEnumerable<string> foundIds)
    {
        ArgumentNullException.ThrowIfNull(foundIds);
        var found = foundIds.ToList();
        return Expect.IsEmpty ? found.Count == 0 : found.Count > 0 && found.TrueForAll(id => Expect.Contains(id, StringComparer.Ordinal));
    }

    private static string SwitchName(string id) => KernelCatalog.FindSwitch(id)?.Name ?? id;

    private static HashSet<string> SwitchNames(IEnumerable<string> ids) => [.. ids.Select(SwitchName)];

    /// <summary>Keeps the first spelling of each switch, so <c>KernelConfig.ToString()</c> names it once.</summary>
    private static List<string> Distinct(IEnumerable<string> ids) => [.. ids.DistinctBy(SwitchName, StringComparer.Ordinal)];
}
