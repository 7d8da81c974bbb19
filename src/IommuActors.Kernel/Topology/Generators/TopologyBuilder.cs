using System.Collections.Immutable;

namespace IommuActors.Kernel.Topology.Generators;

/// <summary>Collects the parts of a generated topology; names are prefixed so that parts can be mixed.</summary>
internal sealed class TopologyBuilder(string prefix)
{
    private readonly List<IommuSpec> _iommus = [];
    private readonly List<DeviceSpec> _devices = [];
    private readonly Dictionary<string, DriverSpec> _drivers = [];
    private readonly List<UserActionSpec> _actions = [];

    public string Name(string local) => prefix + local;

    public string Iommu(string local, string profile, params string[] suppliers)
    {
        var name = Name(local);
        _iommus.Add(new IommuSpec(name, profile) { Suppliers = [.. suppliers] });
        return name;
    }

    public string Device(DeviceSpec spec)
    {
        _devices.Add(spec with { Name = Name(spec.Name) });
        return Name(spec.Name);
    }

    /// <summary>Declares a driver once; a module driver also gets a load-module action (udev loads modules in parallel).</summary>
    public void Driver(DriverSpec spec)
    {
        if (_drivers.TryAdd(spec.Name, spec) && spec.Module)
        {
            _actions.Add(new UserActionSpec(UserActionKind.LoadModule, spec.Name));
        }
    }

    public void AddTo(TopologyBuilder other)
    {
        other._iommus.AddRange(_iommus);
        other._devices.AddRange(_devices);
        foreach (var driver in _drivers.Values)
        {
            other.Driver(driver);
        }
    }

    public TopologySpec Build(string name, Arch arch, PciOrder pciOrder) => new()
    {
        Name = name,
        Arch = arch,
        PciOrder = pciOrder,
        Iommus = [.. _iommus],
        Devices = [.. _devices],
        Drivers = [.. _drivers.Values],
        UserActions = [.. _actions],
    };

    public static ImmutableArray<IommuRef> Refs(params (string Iommu, int StreamId)[] refs) =>
        [.. refs.Select(r => new IommuRef(r.Iommu, r.StreamId))];
}
