using IommuActors.Kernel.Model.State;
using IommuActors.Kernel.Model.Threads;
using IommuActors.Runtime;
using static IommuActors.Kernel.Model.Threads.Yield;
using static IommuActors.Kernel.Versions.KernelCatalog.Names;

namespace IommuActors.Kernel.Model.Code;

/// <summary>drivers/base: device_add(), driver_register(), matching (kernel-model.md B1, B2).</summary>
internal static partial class DriverCore
{
    /// <summary>device_add(): (E16: of_dma_configure first), link into the bus, BUS_NOTIFY_ADD_DEVICE, bus_probe_device().</summary>
    public static IEnumerable<Yield> DeviceAdd(Kernel k, KThreadActor t, KDevice dev)
    {
        if (!k.Has(DeferredIommuConfig))
        {
            yield return Call("of_dma_configure", Notifiers.ConfigureAtCreation(k, t, dev));
        }

        dev.Registered = true;
        k.Log($"{dev.Bus} {dev}: device_add");
        yield return Call("blocking_notifier_call_chain", Notifiers.AddDevice(k, t, dev));
        yield return Call("bus_probe_device", BusProbeDevice(k, t, dev));
    }

    /// <summary>bus_probe_device() / __device_attach(): under device_lock, try the matching driver (async drivers get an async thread).</summary>
    public static IEnumerable<Yield> BusProbeDevice(Kernel k, KThreadActor t, KDevice dev)
    {
        var drv = Match(k, dev);
        if (drv is null || dev.Bound)
        {
            yield break;
        }

        if (drv.Async)
        {
            SpawnAsync(k, dev, drv);
            yield break;
        }

        yield return Lock(dev.Lock);
        yield return Call("driver_probe_device", DriverProbeDevice(k, t, dev, drv));
        dev.Lock.Release(t);
    }

    /// <summary>driver_register() / bus_add_driver() / driver_attach(): probe every matching unbound device.</summary>
    public static IEnumerable<Yield> DriverRegister(Kernel k, KThreadActor t, KDriver drv)
    {
        drv.Registered = true;
        k.Log($"driver {drv}: registered");
        foreach (var dev in k.Devices.Where(d => d.Registered && !d.Bound && !d.Dead && Matches(k, d, drv)).ToList())
        {
            if (drv.Async)
            {
                SpawnAsync(k, dev, drv);
                continue;
            }

            yield return Lock(dev.Lock);
            yield return Call("driver_probe_device", DriverProbeDevice(k, t, dev, drv));
            dev.Lock.Release(t);
        }
    }

    public static KDriver? Match(Kernel k, KDevice dev) => k.Drivers.FirstOrDefault(d => d.Registered && Matches(k, dev, d));

    private static bool Matches(Kernel k, KDevice dev, KDriver drv) =>
        drv.IommuDriver is { } profile
            ? k.Iommus.Any(i => i.PlatformDevice == dev && i.Profile == profile)
            : dev.VfioOverride ? drv.ManagesDma : dev.Spec?.Driver == drv.Name;

    /// <summary>__driver_attach_async_helper / __device_attach_async_helper: the probe runs on its own thread.</summary>
    private static void SpawnAsync(Kernel k, KDevice dev, KDriver drv)
    {
        var thread = k.System.ActorOf(Props.Create(() => new KThreadActor(k, $"async-{dev}")), k.NextThreadName("async"));
        thread.Tell(new KThreadActor.Work("async_probe", th => AsyncProbe(k, th, dev, drv)), thread);
    }

    private static IEnumerable<Yield> AsyncProbe(Kernel k, KThreadActor t, KDevice dev, KDriver drv)
    {
        yield return Lock(dev.Lock);
        yield return Call("driver_probe_device", DriverProbeDevice(k, t, dev, drv));
        dev.Lock.Release(t);
    }
}
