using IommuActors.Kernel.Model.Threads;

namespace IommuActors.Kernel.Model.State;

/// <summary>struct iommu_group.</summary>
internal sealed class KGroup(int id)
{
    public int Id { get; } = id;

    public KMutex Mutex { get; } = new($"group{id}->mutex");

    public List<KDevice> Devices { get; } = [];

    public KDomain? DefaultDomain { get; set; }

    public KDomain? BlockingDomain { get; set; }

    public KDomain? Domain { get; set; }

    public object? Owner { get; set; }

    public int OwnerCount { get; set; }

    /// <summary>Gets or sets a value indicating whether the group changed since the invariant last checked it.</summary>
    public bool Dirty { get; set; }

    public override string ToString() => $"group {Id}";
}
