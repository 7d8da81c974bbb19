using System.Collections.Frozen;
using System.Collections.Immutable;

namespace IommuActors.Kernel.Versions;

/// <summary>A concrete kernel: a version plus single changes added or removed by switch name or commit id.</summary>
public sealed class KernelConfig
{
    private readonly FrozenSet<string> _enabled;

    private KernelConfig(KernelVersion version, FrozenSet<string> enabled, ImmutableArray<string> fixes, ImmutableArray<string> withoutFixes)
    {
        Version = version;
        _enabled = enabled;
        Fixes = fixes;
        WithoutFixes = withoutFixes;
    }

    /// <summary>Gets the version.</summary>
    public KernelVersion Version { get; }

    /// <summary>Gets the switch names added on top of the version.</summary>
    public ImmutableArray<string> Fixes { get; }

    /// <summary>Gets the switch names removed from the version.</summary>
    public ImmutableArray<string> WithoutFixes { get; }

    /// <summary>Gets the enabled switch names, sorted.</summary>
    public IReadOnlyList<string> Enabled => [.. _enabled.Order(StringComparer.Ordinal)];

    /// <summary>Resolves a kernel.</summary>
    /// <param name="version">A modelled version, e.g. <c>6.6</c>.</param>
    /// <param name="fixes">Switches (names or commit ids) to add.</param>
    /// <param name="withoutFixes">Switches to remove.</param>
    /// <returns>The kernel.</returns>
    /// <exception cref="KernelConfigException">An unknown version or switch id.</exception>
    public static KernelConfig Resolve(string version, IEnumerable<string>? fixes = null, IEnumerable<string>? withoutFixes = null)
    {
        var v = KernelCatalog.FindVersion(version) ?? throw KernelConfigException.UnknownVersion(version);
        var add = (fixes ?? []).Select(f => (KernelCatalog.FindSwitch(f) ?? throw KernelConfigException.UnknownSwitch(f)).Name).ToImmutableArray();
        var remove = (withoutFixes ?? []).Select(f => (KernelCatalog.FindSwitch(f) ?? throw KernelConfigException.UnknownSwitch(f)).Name).ToImmutableArray();
        var enabled = KernelCatalog.Switches.Where(s => s.InVersion(v)).Select(s => s.Name).ToImmutableHashSet(StringComparer.Ordinal)
            .Union(add).Except(remove).ToFrozenSet(StringComparer.Ordinal);
        return new KernelConfig(v, enabled, add, remove);
    }

    /// <summary>Tells whether a switch is on.</summary>
    /// <param name="name">A name from <see cref="KernelCatalog.Names"/>.</param>
    /// <returns>True when enabled.</returns>
    public bool Has(string name) => _enabled.Contains(name);

    /// <inheritdoc/>
    public override string ToString()
    {
        var extra = Fixes.Select(f => " +" + f).Concat(WithoutFixes.Select(f => " -" + f));
        return "v" + Version + string.Concat(extra);
    }
}
