using IommuActors.Runtime.Scheduling;

namespace IommuActors.Kernel.Topology.Generators;

/// <summary>Builds topologies from generator parameters; the same parameters and seed always give the same topology.</summary>
public static class TopologyGenerators
{
    /// <summary>The generator kinds scenarios may name.</summary>
    public static readonly IReadOnlyList<string> Kinds = ["apple-soc", "smmuv3-pcie", "arm32-drm", "mix"];

    /// <summary>Generates the topology <paramref name="spec"/> describes.</summary>
    /// <param name="spec">The parameters.</param>
    /// <param name="name">The topology's name.</param>
    /// <returns>The topology.</returns>
    public static TopologySpec Generate(GeneratorSpec spec, string name)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var builder = new TopologyBuilder(string.Empty);
        var random = new DeterministicRandom(spec.Seed);
        var (arch, order) = Add(spec, builder, random);
        return builder.Build(name, arch, order);
    }

    private static (Arch Arch, PciOrder Order) Add(GeneratorSpec spec, TopologyBuilder builder, DeterministicRandom random)
    {
        switch (spec)
        {
            case AppleSocGenerator apple:
                AppleSoc.Add(apple, builder, random);
                return (Arch.Arm64, PciOrder.Either);
            case SmmuPcieGenerator smmu:
                SmmuPcie.Add(smmu, builder, random);
                return (Arch.Arm64, smmu.Ordering);
            case Arm32DrmGenerator arm32:
                Arm32Drm.Add(arm32, builder);
                return (Arch.Arm32, PciOrder.Either);
            case MixGenerator mix:
                var order = PciOrder.Either;
                for (var i = 0; i < mix.Parts.Length; i++)
                {
                    if (mix.Parts[i] is Arm32DrmGenerator or MixGenerator)
                    {
                        throw new ArgumentException($"mix part {i}: only arm64 generators (apple-soc, smmuv3-pcie) mix", nameof(spec));
                    }

                    var part = new TopologyBuilder($"p{i}-");
                    var (_, partOrder) = Add(mix.Parts[i], part, new DeterministicRandom(mix.Parts[i].Seed));
                    order = partOrder == PciOrder.Either ? order : partOrder;
                    part.AddTo(builder);
                }

                return (Arch.Arm64, order);
            default:
                throw new ArgumentException($"unknown generator {spec.Kind}", nameof(spec));
        }
    }
}
