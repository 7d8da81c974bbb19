using IommuActors.Kernel.Profiles;
using IommuActors.Kernel.Topology;

namespace IommuActors.Scenarios.DeviceTree;

/// <summary>
/// Builds a topology from a parsed device tree, as of_iommu_configure() and the platform bus see it: nodes with
/// <c>#iommu-cells</c> are IOMMU instances (driver profile from <c>compatible</c>, unknown ones generic and reported),
/// nodes with <c>iommus</c> are clients (one stream per phandle + #iommu-cells args), <c>power-domains</c> of an
/// IOMMU make the domain provider its supplier, and <c>status = "disabled"</c> nodes are not populated.
/// </summary>
internal sealed class DeviceTreeTopology
{
    private readonly IReadOnlyDictionary<string, DtNode> _labels;
    private readonly Dictionary<DtNode, string> _names = [];
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);
    private readonly List<string> _notes = [];

    private DeviceTreeTopology(IReadOnlyDictionary<string, DtNode> labels) => _labels = labels;

    public static (TopologySpec Topology, IReadOnlyList<string> Notes) Build(DtNode root, IReadOnlyDictionary<string, DtNode> labels, string name)
    {
        var builder = new DeviceTreeTopology(labels);
        return (builder.Map(root, name), builder._notes);
    }

    private TopologySpec Map(DtNode root, string name)
    {
        var nodes = root.SelfAndDescendants().ToList();
        var iommuNodes = nodes.Where(n => n.Properties.ContainsKey("#iommu-cells")).ToList();
        var suppliers = new List<DtNode>();
        var iommus = new List<IommuSpec>();
        foreach (var node in iommuNodes.Where(n => !n.Disabled))
        {
            var domains = References(node, "power-domains").ToList();
            suppliers.AddRange(domains);
            iommus.Add(new IommuSpec(NameOf(node), Profile(node)) { Suppliers = [.. domains.Select(NameOf)] });
        }

        var devices = new List<DeviceSpec>();
        var drivers = new Dictionary<string, DriverSpec>(StringComparer.Ordinal);
        foreach (var node in nodes.Where(n => n.Properties.ContainsKey("iommus") && !n.Properties.ContainsKey("#iommu-cells")))
        {
            var driver = node.Compatible.FirstOrDefault() ?? "generic-client";
            drivers.TryAdd(driver, new DriverSpec(driver) { DmaInProbe = true });
            devices.Add(new DeviceSpec(NameOf(node)) { Driver = driver, Iommus = [.. IommuRefs(node)], Disabled = node.Disabled });
        }

        foreach (var domain in suppliers.Distinct().Where(d => !devices.Exists(x => x.Name == NameOf(d))))
        {
            var driver = domain.Compatible.FirstOrDefault() ?? "power-domain";
            drivers.TryAdd(driver, new DriverSpec(driver));
            devices.Insert(0, new DeviceSpec(NameOf(domain)) { Driver = driver, Disabled = domain.Disabled });
        }

        return new TopologySpec { Name = name, Arch = ArchOf(root, iommus), Iommus = [.. iommus], Devices = [.. devices], Drivers = [.. drivers.Values] };
    }

    /// <summary>
    /// 32-bit ARM when an IOMMU driver that only exists there is present (rockchip-iommu on rk3288, exynos-sysmmu,
    /// mtk_iommu_v1): their clients get arm_iommu mappings, not iommu-dma (CONFIG_ARM_DMA_USE_IOMMU).
    /// </summary>
    private Arch ArchOf(DtNode root, List<IommuSpec> iommus)
    {
        if (!iommus.Exists(i => i.Profile is "rockchip-iommu" or "exynos-sysmmu" or "mtk-iommu-v1"))
        {
            return Arch.Arm64;
        }

        _notes.Add($"{root.Origin}: 32-bit ARM assumed: the tree has IOMMUs of a 32-bit SoC ({string.Join(", ", iommus.Select(i => i.Profile).Distinct())})");
        return Arch.Arm32;
    }

    /// <summary>The iommus property: each entry is a phandle followed by the target's #iommu-cells arguments (the first is the stream id).</summary>
    private IEnumerable<IommuRef> IommuRefs(DtNode client)
    {
        var property = client.Properties["iommus"];
        var cells = property.Cells;
        for (var i = 0; i < cells.Count;)
        {
            var target = Resolve(cells[i]);
            if (!target.Properties.TryGetValue("#iommu-cells", out var countProperty) || countProperty.Cells.Count != 1)
            {
                throw ScenarioException.DeviceTree(cells[i].Origin, $"{client.Path}: iommus refers to {target.Path}, which has no #iommu-cells = <N>");
            }

            var count = (int)countProperty.Cells[0].Value;
            if (i + 1 + count > cells.Count)
            {
                throw ScenarioException.DeviceTree(cells[i].Origin, $"{client.Path}: iommus entry for {target.Path} needs {count} argument cell(s) (#iommu-cells), {cells.Count - i - 1} left");
            }

            var stream = count > 0 ? (int)cells[i + 1].Value : 0;
            i += 1 + count;
            if (target.Disabled)
            {
                _notes.Add($"{property.Origin}: {client.Path}: {target.Path} is disabled; of_iommu_xlate() skips it (-ENODEV)");
                continue;
            }

            yield return new IommuRef(NameOf(target), stream);
        }
    }

    private IEnumerable<DtNode> References(DtNode node, string property) =>
        node.Properties.TryGetValue(property, out var p) ? p.Cells.Where(c => c.Reference is not null).Select(Resolve) : [];

    private DtNode Resolve(DtCell cell) =>
        cell.Reference is null ? throw ScenarioException.DeviceTree(cell.Origin, $"expected a phandle (&label), found the number {cell.Value}")
        : _labels.TryGetValue(cell.Reference, out var node) ? node
        : throw ScenarioException.DeviceTree(cell.Origin, $"&{cell.Reference}: no node has the label '{cell.Reference}'");

    private string Profile(DtNode node)
    {
        foreach (var compatible in node.Compatible)
        {
            if (IommuDriverProfiles.ForCompatible(compatible) is { } profile)
            {
                return profile.Name;
            }
        }

        _notes.Add($"{node.Origin}: {node.Path}: unknown IOMMU compatible {(node.Compatible.Count == 0 ? "(none)" : string.Join(", ", node.Compatible.Select(c => $"\"{c}\"")))}; modelled as the generic driver");
        return "generic";
    }

    private string NameOf(DtNode node)
    {
        if (_names.TryGetValue(node, out var known))
        {
            return known;
        }

        var name = node.TopologyName;
        for (var i = 2; !_used.Add(name); i++)
        {
            name = $"{node.TopologyName}-{i}";
        }

        _names[node] = name;
        return name;
    }
}
