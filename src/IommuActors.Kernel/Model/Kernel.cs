using System.Globalization;
using IommuActors.Kernel.Model.State;
using IommuActors.Kernel.Model.Threads;
using IommuActors.Kernel.Profiles;
using IommuActors.Kernel.Topology;
using IommuActors.Kernel.Versions;
using IommuActors.Runtime;

namespace IommuActors.Kernel.Model;

/// <summary>
/// The state of one simulated machine: devices, drivers, IOMMUs, groups, the driver core, and the dmesg buffer.
/// Kernel threads (actors) change it only between their scheduling points, under the modelled locks.
/// </summary>
internal sealed partial class Kernel
{
    private readonly List<string> _dmesg = [];
    private readonly Dictionary<string, KDevice> _deviceIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<string, KIommu> _iommuIndex = new(StringComparer.Ordinal);
    private int _nextGroup;
    private int _nextDomain;
    private int _nextThread;

    public Kernel(TopologySpec topology, KernelConfig config, ActorSystem system, bool logging)
    {
        Topology = topology;
        Config = config;
        System = system;
        Logging = logging;
    }

    public TopologySpec Topology { get; }

    public KernelConfig Config { get; }

    public ActorSystem System { get; }

    public bool Logging { get; }

    public Arch Arch => Topology.Arch;

    public List<KDevice> Devices { get; } = [];

    public List<KIommu> Iommus { get; } = [];

    public List<KDriver> Drivers { get; } = [];

    /// <summary>Gets the IOMMU drivers fault injection left out of the initcalls; udev loads them after boot.</summary>
    public List<KDriver> LateModules { get; } = [];

    public List<KGroup> Groups { get; } = [];

    /// <summary>Gets the VFIO container's domains.</summary>
    public List<KDomain> VfioDomains { get; } = [];

    public DriverCoreState Core { get; } = new();

    /// <summary>Gets the global iommu_probe_device_lock.</summary>
    public KMutex ProbeDeviceLock { get; } = new("iommu_probe_device_lock");

    /// <summary>Gets the per-bus iommu_ops (bus_set_iommu / iommu_device_register up to v6.7).</summary>
    public Dictionary<string, IommuDriverProfile> BusOps { get; } = new(StringComparer.Ordinal);

    public KThreadActor? CurrentThread { get; set; }

    public IActorRef DeferredWorker { get; set; } = ActorRefs.Nobody;

    public IReadOnlyList<string> Dmesg => _dmesg;

    /// <summary>Gets groups whose domain or members changed since the group invariant last looked.</summary>
    public List<KGroup> DirtyGroups { get; } = [];

    /// <summary>Marks a group for the group/hardware invariant (a flag, not a hash set: no identity hashing on the hot path).</summary>
    public void MarkDirty(KGroup group)
    {
        if (!group.Dirty)
        {
            group.Dirty = true;
            DirtyGroups.Add(group);
        }
    }

    public string NextThreadName(string prefix) => $"{prefix}{++_nextThread}";

    public bool Has(string switchName) => Config.Has(switchName);

    public KDevice Device(string name) => _deviceIndex.TryGetValue(name, out var d) ? d : throw new KeyNotFoundException($"no device {name}");

    public KIommu Iommu(string name) => _iommuIndex.TryGetValue(name, out var i) ? i : throw new KeyNotFoundException($"no IOMMU {name}");

    /// <summary>Gets the group that already owns each (instance, stream): ops->device_group shares it.</summary>
    public Dictionary<long, KGroup> StreamGroups { get; } = [];

    public static long StreamKey(KIommu iommu, int stream) => ((long)iommu.Id << 32) | (uint)stream;

    /// <summary>Gets the devices of each bus, in creation order.</summary>
    public Dictionary<string, List<KDevice>> BusDevices { get; } = new(StringComparer.Ordinal);

    public void Index()
    {
        BusDevices.Clear();
        foreach (var d in Devices)
        {
            _deviceIndex[d.Name] = d;
            if (!BusDevices.TryGetValue(d.Bus, out var list))
            {
                BusDevices[d.Bus] = list = [];
            }

            list.Add(d);
        }

        foreach (var i in Iommus)
        {
            _iommuIndex[i.Name] = i;
        }

        foreach (var d in Devices)
        {
            if (d.IommuTargets.Count != d.IommuRefs.Count)
            {
                d.IommuTargets.Clear();
                d.IommuTargets.AddRange(d.IommuRefs.Select(r => (Iommu(r.Iommu), r.StreamId)));
            }
        }
    }

    public KGroup NewGroup()
    {
        var group = new KGroup(++_nextGroup);
        Groups.Add(group);
        return group;
    }

    public KDomain NewDomain(DomainType type, string owner, IommuDriverProfile? driver)
    {
        var domain = new KDomain(++_nextDomain, type, owner, driver);
        Log($"iommu: allocated {domain}");
        return domain;
    }

    /// <summary>Appends a dmesg line; the text is only formatted when logging is on.</summary>
    public void Log([System.Runtime.CompilerServices.InterpolatedStringHandlerArgument("")] ref LogHandler line)
    {
        if (Logging)
        {
            Log(line.ToString());
        }
    }

    /// <summary>Appends a dmesg line stamped with the step (deterministic, not wall-clock time).</summary>
    public void Log(string line)
    {
        if (Logging)
        {
            var stamp = (System.RecordedSteps / 1000.0).ToString("0.000000", CultureInfo.InvariantCulture);
            _dmesg.Add($"[{stamp,12}] {line}");
        }
    }

    /// <summary>Reports a violation with a one-line message, and logs it.</summary>
    public void Violation(string id, string message)
    {
        Log($"VIOLATION {id}: {message}");
        System.ReportViolation(id, message);
    }

    /// <summary>A kernel WARN: the splat with the simulated call chain, then the violation it stands for.</summary>
    public void Warn(string location, string function, string id, string message)
    {
        if (Logging)
        {
            var thread = CurrentThread;
            Log($"------------[ cut here ]------------");
            Log($"WARNING: CPU: 0 PID: {thread?.Ref.Path.Name ?? "?"} at {location} {function}");
            Log($"Comm: {thread?.ThreadName ?? "?"} Not tainted {Config}");
            var chain = new List<string> { function };
            chain.AddRange(thread?.CallChain ?? []);
            for (var i = 0; i + 1 < chain.Count; i++)
            {
                Log($" {chain[i]} from {chain[i + 1]}");
            }

            Log($"---[ end trace ]---");
        }

        Violation(id, message);
    }
}
