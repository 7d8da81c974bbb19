using IommuActors.Kernel.Versions;

namespace IommuActors.Cli.Bench;

/// <summary>What <c>bench boot</c> measures.</summary>
/// <param name="Iommus">IOMMU instances of the generated topology.</param>
/// <param name="Devices">Client devices of the generated topology.</param>
/// <param name="Boots">Boots to time (one random schedule each).</param>
/// <param name="Seed">Seeds the topology and the schedules.</param>
/// <param name="Kernel">The kernel.</param>
/// <param name="MaxSteps">The step bound per boot.</param>
internal sealed record BootBenchRequest(int Iommus, int Devices, int Boots, ulong Seed, KernelConfig Kernel, int MaxSteps);
