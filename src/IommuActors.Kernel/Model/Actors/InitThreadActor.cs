using IommuActors.Kernel.Model.Code;
using IommuActors.Kernel.Model.Threads;
using IommuActors.Kernel.Topology;
using IommuActors.Runtime;
using static IommuActors.Kernel.Model.Threads.Yield;

namespace IommuActors.Kernel.Model.Actors;

/// <summary>
/// PID 1 during boot: initcalls in level order (kernel-model.md B10 a). The order of same-level initcalls that matter
/// (IOMMU drivers versus the PCI host that enumerates PCI devices) is a recorded choice.
/// </summary>
internal sealed class InitThreadActor(Kernel kernel, IActorRef userSpace) : KThreadActor(kernel, "swapper/0")
{
    public static IEnumerable<Yield> KernelInit(Kernel k, KThreadActor t, IActorRef userSpace)
    {
        // arch_initcall: of_platform_default_populate() creates the platform devices in DT order.
        foreach (var dev in k.Devices.Where(d => d.Bus == "platform" && !(d.Spec?.Disabled ?? false)).ToList())
        {
            yield return Call("of_platform_device_create", DriverCore.DeviceAdd(k, t, dev));
        }

        // device_initcall: IOMMU drivers and the PCI host bridge, in an order the explorer chooses.
        var pciFirst = k.Devices.Any(d => d.Bus == "pci") && k.Topology.PciOrder switch
        {
            PciOrder.BeforeIommus => true,
            PciOrder.AfterIommus => false,
            _ => k.System.ChooseBool(),
        };
        if (pciFirst)
        {
            yield return Call("pci_host_probe", PciHostProbe(k, t));
        }

        foreach (var drv in k.Drivers.Where(d => d.IommuDriver is not null).ToList())
        {
            if (k.Topology.Faults.LateIommuDrivers && k.System.ChooseBool())
            {
                // Fault injection (a recorded choice): built as a module, udev loads it after boot.
                k.Log($"fault injection: {drv} left to user space as a module");
                k.LateModules.Add(drv);
                continue;
            }

            yield return Call("platform_driver_register", DriverCore.DriverRegister(k, t, drv));
        }

        if (!pciFirst)
        {
            yield return Call("pci_host_probe", PciHostProbe(k, t));
        }

        foreach (var drv in k.Drivers.Where(d => d.Client is { Module: false }).ToList())
        {
            yield return Call("driver_register", DriverCore.DriverRegister(k, t, drv));
        }

        // late_initcall: deferred_probe_initcall().
        k.Core.Enabled = true;
        yield return Call("driver_deferred_probe_trigger", DriverCore.Trigger(k, t));
        yield return Call("flush_work", Flush(k, t));
        k.Core.InitcallsDone = true;
        yield return Call("driver_deferred_probe_trigger", DriverCore.Trigger(k, t));
        yield return Call("flush_work", Flush(k, t));
        k.Log("Run /sbin/init as init process");
        userSpace.Tell(UserSpaceActor.InitDone.Instance, t.Ref);
    }

    private static IEnumerable<Yield> PciHostProbe(Kernel k, KThreadActor t)
    {
        foreach (var dev in k.Devices.Where(d => d.Bus == "pci" && !(d.Spec?.Disabled ?? false)).ToList())
        {
            yield return Call("pci_device_add", DriverCore.DeviceAdd(k, t, dev));
        }
    }

    private static IEnumerable<Yield> Flush(Kernel k, KThreadActor t)
    {
        k.DeferredWorker.Tell(new DeferredWorkerActor.FlushRequest(t.Ref), t.Ref);
        yield return WaitFor(typeof(DeferredWorkerActor.Flushed));
    }

    protected override void PreStart() =>
        Self.Tell(new Work("kernel_init", t => KernelInit(Kernel, t, userSpace)), Self);
}
