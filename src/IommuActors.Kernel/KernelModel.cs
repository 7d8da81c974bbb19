using System.Runtime.CompilerServices;
using IommuActors.Exploration;
using IommuActors.Kernel.Model;
using IommuActors.Kernel.Model.Actors;
using IommuActors.Kernel.Model.State;
using IommuActors.Kernel.Profiles;
using IommuActors.Kernel.Topology;
using IommuActors.Kernel.Versions;
using IommuActors.Runtime;
using IommuActors.Runtime.Scheduling;

namespace IommuActors.Kernel;

/// <summary>Builds explorable programs from a topology and a kernel, and replays their schedules with a dmesg trace.</summary>
public static class KernelModel
{
    private static readonly ConditionalWeakTable<ActorSystem, Model.Kernel> Kernels = new();

    /// <summary>Gets every violation id the model reports.</summary>
    public static IReadOnlyList<string> ViolationIds => Invariants.Ids;

    /// <summary>The program that boots <paramref name="topology"/> on <paramref name="kernel"/> and runs its user-space actions.</summary>
    /// <param name="topology">The machine.</param>
    /// <param name="kernel">The kernel.</param>
    /// <returns>The program, with the model's invariants.</returns>
    public static ActorProgram Build(TopologySpec topology, KernelConfig kernel) => Build(topology, kernel, logging: false, null);

    /// <summary>Replays <paramref name="schedule"/> with logging on and returns the dmesg it produces.</summary>
    /// <param name="topology">The machine.</param>
    /// <param name="kernel">The kernel.</param>
    /// <param name="schedule">A schedule recorded by exploring <see cref="Build(TopologySpec, KernelConfig)"/>.</param>
    /// <returns>The replay and its dmesg.</returns>
    public static KernelTrace Trace(TopologySpec topology, KernelConfig kernel, Schedule schedule)
    {
        Model.Kernel? captured = null;
        var program = Build(topology, kernel, logging: true, k => captured = k);
        var replay = TestingEngine.Replay(program, schedule);
        return new KernelTrace(replay, captured?.Dmesg.ToArray() ?? []);
    }

    /// <summary>Replays <paramref name="schedule"/> and records, after every delivery, its dmesg, the held locks and the IOMMU stream tables.</summary>
    /// <param name="topology">The machine.</param>
    /// <param name="kernel">The kernel.</param>
    /// <param name="schedule">A schedule recorded by exploring <see cref="Build(TopologySpec, KernelConfig)"/>.</param>
    /// <returns>The timeline.</returns>
    public static KernelTimeline Timeline(TopologySpec topology, KernelConfig kernel, Schedule schedule)
    {
        Model.Kernel? captured = null;
        var program = Build(topology, kernel, logging: true, k => captured = k);
        var frames = new List<TimelineFrame>();
        IReadOnlyList<string> setup = [];
        var printed = 0;
        var consumed = 0;
        var snapshot = Invariant.Always("timeline-frame", system =>
        {
            var k = captured!;
            var dmesg = k.Dmesg.Skip(printed).ToArray();
            printed = k.Dmesg.Count;
            if (system.RecordedSteps == 0)
            {
                setup = dmesg;
                return null;
            }

            var locks = new[] { k.ProbeDeviceLock }.Concat(k.Groups.Select(g => g.Mutex)).Concat(k.Devices.Select(d => d.Lock))
                .Where(m => m.Owner is not null).Select(m => new LockHold(m.Name, m.Owner!.ThreadName)).ToArray();
            var streams = k.Iommus.SelectMany(i => i.Streams.OrderBy(s => s.Key).Select(s => new StreamMapping(i.Name, s.Key, s.Value.ToString()))).ToArray();
            frames.Add(new TimelineFrame(consumed, system.RecordedSteps - consumed, dmesg, locks, streams));
            consumed = system.RecordedSteps;
            return null;
        });
        var replay = TestingEngine.Replay(program with { Invariants = [snapshot, .. program.Invariants] }, schedule);
        if (captured is { } done && done.Dmesg.Count > printed && frames.Count > 0)
        {
            // What the invariant checks printed after the last snapshot (the violation itself, quiescence reports).
            frames[^1] = frames[^1] with { Dmesg = [.. frames[^1].Dmesg, .. done.Dmesg.Skip(printed)] };
        }

        return new KernelTimeline(replay, setup, frames);
    }

    private static ActorProgram Build(TopologySpec topology, KernelConfig kernel, bool logging, Action<Model.Kernel>? onKernel) =>
        new($"{topology.Name}@{kernel}", system =>
        {
            var k = new Model.Kernel(topology, kernel, system, logging);
            Kernels.AddOrUpdate(system, k);
            onKernel?.Invoke(k);
            Populate(k);
            k.Index();
            Start(k);
        })
        {
            DetectLivelock = true,
            Invariants =
            [
                Invariant.Always("group-domain-mismatch", system => Invariants.GroupsMatchHardware(Of(system))),
                Invariant.AtQuiescence("device-deferred-forever", system => Invariants.NoneDeferredForever(Of(system))),
            ],
        };

    private static Model.Kernel Of(ActorSystem system) =>
        Kernels.TryGetValue(system, out var k) ? k : throw new InvalidOperationException("not a kernel-model system");

    private static void Populate(Model.Kernel k)
    {
        foreach (var spec in k.Topology.Iommus)
        {
            var profile = IommuDriverProfiles.Find(spec.Profile) ?? throw new ArgumentException($"unknown IOMMU profile '{spec.Profile}'");
            var platform = new KDevice(spec.Name, "platform", null);
            platform.Suppliers.AddRange(spec.Suppliers);
            k.Devices.Add(platform);
            k.Iommus.Add(new KIommu(spec.Name, profile, platform, k.Iommus.Count));
            if (!k.Drivers.Any(d => d.IommuDriver == profile))
            {
                k.Drivers.Add(new KDriver(profile.Name, null, profile));
            }
        }

        k.Index();
        foreach (var spec in k.Topology.Devices.Where(d => !d.Disabled))
        {
            var dev = new KDevice(spec.Name, spec.Bus, spec);
            dev.IommuRefs.AddRange(spec.Iommus);
            dev.Suppliers.AddRange(spec.Suppliers);
            k.Devices.Add(dev);
            if (spec.RequireDirect)
            {
                // Firmware set the stream up 1:1 (IORT RMR / RMRR) before the kernel took over.
                foreach (var r in spec.Iommus)
                {
                    k.Iommu(r.Iommu).Program(r.StreamId, HwContext.Bypass);
                }
            }
        }

        foreach (var spec in k.Topology.Drivers)
        {
            k.Drivers.Add(new KDriver(spec.Name, spec, null));
        }

        if (k.Topology.UserActions.Any(a => a.Kind == UserActionKind.VfioAttach) && !k.Drivers.Any(d => d.ManagesDma))
        {
            k.Drivers.Add(new KDriver("vfio-platform", new DriverSpec("vfio-platform") { Kind = DriverKind.Vfio }, null));
        }
    }

    private static void Start(Model.Kernel k)
    {
        var system = k.System;
        k.DeferredWorker = system.ActorOf(Props.Create(() => new DeferredWorkerActor(k)), "kworker");
        foreach (var iommu in k.Iommus)
        {
            var captured = iommu;
            iommu.Hardware = system.ActorOf(Props.Create(() => new IommuHardwareActor(k, captured)), $"hw-{iommu.Name}");
        }

        var userSpace = system.ActorOf(Props.Create(() => new UserSpaceActor(k)), "userspace");

        foreach (var dev in k.Devices.Where(d => d.Spec?.FirmwareDma == true && d.IommuRefs.Count > 0))
        {
            var first = dev.IommuRefs[0];
            system.InjectEvent($"fw-{dev.Name}", k.Iommu(first.Iommu).Hardware, new IommuHardwareActor.DmaTransaction(dev.Name, first.StreamId));
        }

        system.ActorOf(Props.Create(() => new InitThreadActor(k, userSpace)), "init");
    }
}
