using IommuActors.Kernel.Topology;
using IommuActors.Scenarios.Parsing;

namespace IommuActors.Scenarios.Loading;

/// <summary>Reads the <c>scenario { … }</c> object into a <see cref="ScenarioSpec"/>.</summary>
internal static class ScenarioReader
{
    public static ScenarioSpec Read(Node scenario, string file)
    {
        scenario.AllowOnly("name", "description", "arch", "iommus", "devices", "drivers", "user-actions", "variants", "exploration");
        var name = scenario.String("name");
        if (name.Value.Trim().Length == 0)
        {
            throw ScenarioException.Invalid(name.Origin, name.Path, "a name may not be empty");
        }

        var description = scenario.OptionalString("description")?.Value ?? string.Empty;
        var arch = scenario.OptionalString("arch") is { } word ? Words.Arch.Parse(word) : Arch.Arm64;
        var draft = TopologyReader.Read(scenario);
        TopologyValidator.Validate(draft);
        var variants = VariantReader.Read(scenario);
        var exploration = ExplorationReader.Read(scenario);
        return new ScenarioSpec
        {
            Name = name.Value,
            Description = description,
            SourceFile = file,
            Topology = new TopologySpec
            {
                Name = name.Value,
                Arch = arch,
                Iommus = [.. draft.Iommus.Select(i => i.Spec)],
                Devices = [.. draft.Devices.Select(d => d.Spec)],
                Drivers = [.. draft.Drivers.Select(d => d.Spec)],
                UserActions = [.. draft.Actions.Select(a => a.Spec)],
            },
            Variants = variants,
            Exploration = exploration,
        };
    }
}
