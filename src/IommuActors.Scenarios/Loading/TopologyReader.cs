using System.Collections.Immutable;
using IommuActors.Kernel.Profiles;
using IommuActors.Kernel.Topology;
using IommuActors.Scenarios.Parsing;

namespace IommuActors.Scenarios.Loading;

/// <summary>Reads the <c>iommus</c>, <c>devices</c>, <c>drivers</c> and <c>user-actions</c> lists of a scenario.</summary>
internal static class TopologyReader
{
    public static TopologyDraft Read(Node scenario) => new(
        [.. scenario.ObjectList("iommus").Select(ReadIommu)],
        [.. scenario.ObjectList("devices").Select(ReadDevice)],
        [.. scenario.ObjectList("drivers").Select(ReadDriver)],
        [.. scenario.ObjectList("user-actions").Select(ReadAction)]);

    private static IommuDraft ReadIommu(Node node)
    {
        node.AllowOnly("name", "profile", "probe", "suppliers");
        var name = Name(node);
        var profile = node.String("profile");
        if (IommuDriverProfiles.Find(profile.Value) is null)
        {
            throw ScenarioException.UnknownProfile(profile.Origin, profile.Path, profile.Value, IommuDriverProfiles.All.Select(p => p.Name));
        }

        var suppliers = node.StringList("suppliers");
        var spec = new IommuSpec(name.Value, profile.Value) { Suppliers = [.. suppliers.Select(s => s.Value)] };
        return new(node.Has("probe") ? spec with { Probe = Probes(node) } : spec, name, suppliers);
    }

    private static DeviceDraft ReadDevice(Node node)
    {
        node.AllowOnly("name", "bus", "driver", "iommus", "require-direct", "firmware-dma", "components", "suppliers", "disabled");
        var name = Name(node);
        var driver = node.OptionalString("driver");
        var refs = node.List("iommus").Select(IommuRefReader.Read).ToList();
        var components = node.StringList("components");
        var suppliers = node.StringList("suppliers");
        var spec = new DeviceSpec(name.Value)
        {
            Bus = node.OptionalString("bus") is { } bus ? Words.Bus.Parse(bus) : "platform",
            Driver = driver?.Value,
            Iommus = [.. refs.Select(r => r.Ref)],
            RequireDirect = node.Boolean("require-direct", false),
            FirmwareDma = node.Boolean("firmware-dma", false),
            Components = [.. components.Select(c => c.Value)],
            Suppliers = [.. suppliers.Select(s => s.Value)],
            Disabled = node.Boolean("disabled", false),
        };
        return new DeviceDraft(spec, name, driver, [.. refs.Select(r => r.Iommu)], components, suppliers);
    }

    private static Named<DriverSpec> ReadDriver(Node node)
    {
        node.AllowOnly("name", "kind", "probe", "dma-in-probe", "async", "module");
        var name = Name(node);
        var spec = new DriverSpec(name.Value)
        {
            Kind = node.OptionalString("kind") is { } kind ? Words.DriverKind.Parse(kind) : DriverKind.Client,
            DmaInProbe = node.Boolean("dma-in-probe", false),
            Async = node.Boolean("async", false),
            Module = node.Boolean("module", false),
        };
        return new(node.Has("probe") ? spec with { Probe = Probes(node) } : spec, name);
    }

    private static Named<UserActionSpec> ReadAction(Node node)
    {
        node.AllowOnly("kind", "target");
        var kind = Words.Action.Parse(node.String("kind"));
        var target = node.String("target");
        return new(new UserActionSpec(kind, target.Value), target);
    }

    private static Located Name(Node node)
    {
        var name = node.String("name");
        return name.Value.Trim().Length > 0 ? name : throw ScenarioException.Invalid(name.Origin, name.Path, "a name may not be empty");
    }

    private static ImmutableArray<ProbeResult> Probes(Node node)
    {
        var words = node.StringList("probe");
        return words.Count > 0
            ? [.. words.Select(Words.Probe.Parse)]
            : throw ScenarioException.Invalid(node.OriginOf("probe"), node.ChildPath("probe"), "a probe script needs at least one outcome (ok, defer, nodev or error)");
    }
}
