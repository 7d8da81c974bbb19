using IommuActors.Runtime.Hashing;

namespace IommuActors.Kernel.Model;

/// <summary>The machine's state, hashed structurally for replay checks (user space's actor carries it into the state hash).</summary>
internal sealed partial class Kernel : IStateHashable
{
    public void HashState(StateHasher hasher)
    {
        // Fault-injection state only counts when faults are on, so hashes recorded without faults stay valid.
        var faults = Topology.Faults != global::IommuActors.Kernel.Topology.FaultSpec.None;
        foreach (var dev in Devices)
        {
            hasher.Add($"{dev.Name}|{dev.Registered}|{dev.Dead}|{dev.Bound}|{dev.Driver?.Name}|{dev.DmaOps}|{dev.Group?.Id}|{dev.ArmMapping?.Id}|{dev.Attempts}|{dev.Failed}");
            if (faults)
            {
                hasher.Add($"{dev.InjectedDefers}|{dev.InjectedFailure}");
            }
            hasher.Add(dev.Iommu is { } i ? $"{i.Fwspec?.FirstNode.Name}|{i.Fwspec?.Ops?.Name}|{string.Join(",", i.Fwspec?.Ids ?? [])}|{string.Join(",", (i.Priv ?? []).Select(p => $"{p.Iommu.Name}:{p.Stream}"))}|{i.IommuDev?.Name}" : "-");
        }

        foreach (var iommu in Iommus)
        {
            hasher.Add($"{iommu.Name}|{iommu.Registered}|{string.Join(",", iommu.Streams.Select(s => $"{s.Key}={s.Value}"))}");
        }

        foreach (var group in Groups)
        {
            hasher.Add($"{group.Id}|{string.Join(",", group.Devices)}|{group.Domain}|{group.DefaultDomain}|{group.Owner}|{group.OwnerCount}");
        }

        if (faults)
        {
            hasher.Add(string.Join(",", LateModules.Select(d => d.Name)));
        }

        hasher.Add($"{string.Join(",", Core.Pending)}|{string.Join(",", Core.Active)}|{Core.TriggerCount}|{Core.Enabled}|{Core.InitcallsDone}|{Core.WorkPending}");
    }
}
