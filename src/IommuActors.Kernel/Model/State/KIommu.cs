using IommuActors.Kernel.Profiles;
using IommuActors.Runtime;

namespace IommuActors.Kernel.Model.State;

/// <summary>An IOMMU instance (struct iommu_device) with its emulated hardware: one context per stream id.</summary>
internal sealed class KIommu(string name, IommuDriverProfile profile, KDevice platformDevice, int id)
{
    /// <summary>Gets a dense id (keys without identity hashing).</summary>
    public int Id { get; } = id;

    private readonly SortedDictionary<int, HwContext> _streams = [];

    public string Name { get; } = name;

    public IommuDriverProfile Profile { get; } = profile;

    /// <summary>Gets the IOMMU's own platform device, probed by its driver.</summary>
    public KDevice PlatformDevice { get; } = platformDevice;

    /// <summary>Gets or sets a value indicating whether it is on iommu_device_list (iommu_ops_from_fwnode finds it).</summary>
    public bool Registered { get; set; }

    /// <summary>Gets or sets a value indicating whether bus_iommu_probe has finished (E25 iommu->ready).</summary>
    public bool Ready { get; set; }

    /// <summary>Gets or sets the actor that receives DMA transactions for this instance.</summary>
    public IActorRef Hardware { get; set; } = ActorRefs.Nobody;

    /// <summary>Gets the shared arm mapping domain of a mtk_iommu_v1-style driver.</summary>
    public KDomain? SharedMapping { get; set; }

    public IReadOnlyDictionary<int, HwContext> Streams => _streams;

    /// <summary>Hardware resets to blocked (DART, SMMU with disable_bypass) until a driver programs a stream.</summary>
    public HwContext Context(int stream) => _streams.TryGetValue(stream, out var c) ? c : HwContext.Blocked;

    public void Program(int stream, HwContext context) => _streams[stream] = context;

    public override string ToString() => Name;
}
