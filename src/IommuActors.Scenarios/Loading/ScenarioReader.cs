using IommuActors.Kernel.Topology;
using IommuActors.Kernel.Topology.Generators;
using IommuActors.Scenarios.Parsing;

namespace IommuActors.Scenarios.Loading;

/// <summary>Reads the <c>scenario { … }</c> object into a <see cref="ScenarioSpec"/>.</summary>
internal static class ScenarioReader
{
    public static ScenarioSpec Read(Node scenario, string file)
    {
        scenario.AllowOnly("name", "description", "arch", "iommus", "devices", "drivers", "user-actions", "variants", "exploration", "generator", "faults");
        var name = scenario.String("name");
        if (name.Value.Trim().Length == 0)
        {
            throw ScenarioException.Invalid(name.Origin, name.Path, "a name may not be empty");
        }

        var description = scenario.OptionalString("description")?.Value ?? string.Empty;
        var arch = scenario.OptionalString("arch") is { } word ? Words.Arch.Parse(word) : Arch.Arm64;
        var topology = scenario.Has("generator") ? Generated(scenario, name.Value) : Written(scenario, name.Value, arch);
        if (scenario.Has("faults"))
        {
            topology = topology with { Faults = Faults(scenario.Object("faults")) };
        }

        var variants = VariantReader.Read(scenario);
        var exploration = ExplorationReader.Read(scenario);
        return new ScenarioSpec
        {
            Name = name.Value,
            Description = description,
            SourceFile = file,
            Topology = topology,
            Variants = variants,
            Exploration = exploration,
        };
    }

    private static TopologySpec Written(Node scenario, string name, Arch arch)
    {
        var draft = TopologyReader.Read(scenario);
        TopologyValidator.Validate(draft);
        return new TopologySpec
        {
            Name = name,
            Arch = arch,
            Iommus = [.. draft.Iommus.Select(i => i.Spec)],
            Devices = [.. draft.Devices.Select(d => d.Spec)],
            Drivers = [.. draft.Drivers.Select(d => d.Spec)],
            UserActions = [.. draft.Actions.Select(a => a.Spec)],
        };
    }

    /// <summary><c>faults { probe-failures = true, defer-storm = 2, late-iommu-drivers = true, unbind-rebind = 1, vfio-churn = 1 }</c>: what the explorer may inject (recorded choices).</summary>
    internal static FaultSpec Faults(Node faults)
    {
        faults.AllowOnly([.. FaultSpec.Names]);
        var spec = FaultSpec.None;
        foreach (var name in FaultSpec.Names.Where(faults.Has))
        {
            var count = FaultSpec.TakesCount(name) ? faults.OptionalInteger(name)!.Value : faults.Boolean(name, false) ? 1 : 0;
            spec = count is >= 0 and <= FaultSpec.MaxCount
                ? spec.With(name, (int)count)
                : throw ScenarioException.Invalid(faults.OriginOf(name), faults.ChildPath(name), $"must be between 0 and {FaultSpec.MaxCount}, not {count}");
        }

        return spec;
    }

    /// <summary>A generator replaces the written topology (and decides the architecture).</summary>
    private static TopologySpec Generated(Node scenario, string name)
    {
        foreach (var key in new[] { "iommus", "devices", "drivers", "user-actions", "arch" })
        {
            if (scenario.Has(key))
            {
                throw ScenarioException.Invalid(scenario.OriginOf(key), scenario.ChildPath(key), "a scenario with a generator may not also list " + key);
            }
        }

        return TopologyGenerators.Generate(GeneratorReader.Read(scenario.Object("generator")), name);
    }
}
