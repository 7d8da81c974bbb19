using IommuActors.Kernel.Model.Threads;
using static IommuActors.Kernel.Model.Threads.Yield;

namespace IommuActors.Kernel.Model.Code;

/// <summary>
/// drivers/base/dd.c: the deferred-probe engine (kernel-model.md B4). The deferred_probe_mutex critical sections only
/// move devices between the pending and active lists; each runs atomically inside the step that reaches it (no other
/// state is touched under that mutex, so no interleaving of IOMMU state is lost by not preempting there).
/// </summary>
internal static partial class DriverCore
{
    /// <summary>driver_deferred_probe_trigger(): splice pending to active, bump the trigger count, queue the single work item.</summary>
    public static IEnumerable<Yield> Trigger(Kernel k, KThreadActor t)
    {
        if (!k.Core.Enabled)
        {
            yield break;
        }

        k.Core.Active.AddRange(k.Core.Pending.Where(d => !k.Core.Active.Contains(d)));
        k.Core.Pending.Clear();
        k.Core.TriggerCount++;
        QueueWork(k);
    }

    /// <summary>queue_work(deferred_probe_work): a no-op while it is already pending.</summary>
    public static void QueueWork(Kernel k)
    {
        if (k.Core.WorkPending)
        {
            return;
        }

        k.Core.WorkPending = true;
        k.DeferredWorker.Tell(new KThreadActor.Work("deferred_probe_work_func", t => DeferredProbeWork(k, t)), k.DeferredWorker);
    }

    /// <summary>deferred_probe_work_func(): pop devices one at a time (mutex dropped while probing) and bus_probe_device() each.</summary>
    public static IEnumerable<Yield> DeferredProbeWork(Kernel k, KThreadActor t)
    {
        k.Core.WorkPending = false;
        while (true)
        {
            if (k.Core.Active.Count == 0)
            {
                    yield break;
            }

            var dev = k.Core.Active[0];
            k.Core.Active.RemoveAt(0);
            k.Log($"deferred probe: retrying {dev}");
            yield return Call("bus_probe_device", BusProbeDevice(k, t, dev));
        }
    }
}
