using IommuActors.Kernel.Model.State;

namespace IommuActors.Kernel.Model.Code;

/// <summary>A DMA transaction through the emulated hardware: translated, bypassed, or faulting; never through a freed or foreign domain.</summary>
internal static class Dma
{
    /// <summary>The device does DMA on every stream its DT lists.</summary>
    public static void Check(Kernel k, KDevice dev, string who)
    {
        foreach (var entry in dev.IommuRefs)
        {
            Transaction(k, dev, k.Iommu(entry.Iommu), entry.StreamId, who);
            if (k.System.Violation is not null)
            {
                return;
            }
        }
    }

    /// <summary>One transaction on one stream.</summary>
    public static void Transaction(Kernel k, KDevice dev, KIommu iommu, int stream, string who)
    {
        var context = iommu.Context(stream);
        if (context.Domain is { Freed: true } freed)
        {
            k.Violation("dma-through-freed-domain", $"{who} DMA from {dev} on {iommu} stream {stream} translated through freed {freed}");
            return;
        }

        if (context.Mode == HwMode.Blocked)
        {
            k.Log($"{iommu.Profile.Name} {iommu}: translation fault: {who} DMA from {dev} on stream {stream} blocked");
            return;
        }

        var expected = dev.Group?.Domain;
        if (context.Mode == HwMode.Translate && expected is not null && context.Domain != expected && dev.Bound)
        {
            k.Violation("dma-through-foreign-domain",
                $"{who} DMA from {dev} on {iommu} stream {stream} translated through {context.Domain}, but its group is on {expected}");
        }
    }
}
