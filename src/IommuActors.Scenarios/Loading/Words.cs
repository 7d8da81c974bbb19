using IommuActors.Exploration;
using IommuActors.Kernel.Topology;

namespace IommuActors.Scenarios.Loading;

/// <summary>The vocabularies of scenario files.</summary>
internal static class Words
{
    public static Vocabulary<Arch> Arch { get; } = new("architecture", ("arm64", Kernel.Topology.Arch.Arm64), ("arm32", Kernel.Topology.Arch.Arm32), ("x86", Kernel.Topology.Arch.X86));

    public static Vocabulary<ProbeResult> Probe { get; } = new(
        "probe outcome", ("ok", ProbeResult.Ok), ("defer", ProbeResult.Defer), ("nodev", ProbeResult.NoDev), ("error", ProbeResult.Error));

    public static Vocabulary<DriverKind> DriverKind { get; } = new(
        "driver kind", ("client", Kernel.Topology.DriverKind.Client), ("drm-master", Kernel.Topology.DriverKind.DrmMaster), ("vfio", Kernel.Topology.DriverKind.Vfio));

    public static Vocabulary<UserActionKind> Action { get; } = new(
        "user action kind",
        ("load-module", UserActionKind.LoadModule),
        ("vfio-attach", UserActionKind.VfioAttach),
        ("vfio-detach", UserActionKind.VfioDetach),
        ("unbind", UserActionKind.Unbind),
        ("remove", UserActionKind.Remove));

    public static Vocabulary<string> Bus { get; } = new("bus", ("platform", "platform"), ("pci", "pci"));

    public static Vocabulary<StrategyKind> Strategy { get; } = new(
        "strategy",
        ("random", StrategyKind.Random),
        ("dfs", StrategyKind.Dfs),
        ("pct", StrategyKind.Pct),
        ("delay", StrategyKind.DelayBounding),
        ("probabilistic", StrategyKind.Probabilistic),
        ("portfolio", StrategyKind.Portfolio),
        ("dpor", StrategyKind.Dpor));
}
