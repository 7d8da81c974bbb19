using IommuActors.Exploration;

namespace IommuActors.Kernel;

/// <summary>A replayed kernel-model schedule with the dmesg it printed.</summary>
/// <param name="Replay">The replay.</param>
/// <param name="Dmesg">dmesg lines, WARN splats included.</param>
public sealed record KernelTrace(ReplayResult Replay, IReadOnlyList<string> Dmesg);
