using IommuActors.Kernel.Model.Code;
using IommuActors.Kernel.Model.State;
using IommuActors.Runtime;
using IommuActors.Runtime.Hashing;

namespace IommuActors.Kernel.Model.Actors;

/// <summary>An IOMMU's hardware: DMA transactions that devices' firmware issues on their own arrive here and are translated, bypassed or faulted.</summary>
internal sealed class IommuHardwareActor : ReceiveActor, IStateHashable
{
    private readonly string _name;

    public IommuHardwareActor(Kernel kernel, KIommu iommu)
    {
        _name = iommu.Name;
        Receive<DmaTransaction>(dma =>
        {
            kernel.System.TouchShared("kernel");
            Dma.Transaction(kernel, kernel.Device(dma.Device), iommu, dma.Stream, "firmware");
        });
    }

    /// <summary>The hardware state is part of the kernel's hash.</summary>
    public void HashState(StateHasher hasher) => hasher.Add(_name);

    /// <summary>A DMA transaction from a device's firmware to its 1:1 region.</summary>
    public sealed record DmaTransaction(string Device, int Stream);
}
