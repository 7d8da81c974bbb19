using IommuActors.Exploration;

namespace IommuActors.Kernel;

/// <summary>A replayed schedule, step by step: what each step printed, which kernel locks were held after it, and what the IOMMU hardware translated.</summary>
/// <param name="Replay">The replay.</param>
/// <param name="SetupDmesg">What the kernel printed before the first step.</param>
/// <param name="Frames">One frame per delivery, in order.</param>
public sealed record KernelTimeline(ReplayResult Replay, IReadOnlyList<string> SetupDmesg, IReadOnlyList<TimelineFrame> Frames);

/// <summary>The state after one delivery.</summary>
/// <param name="FirstStep">Index of the delivery in the schedule.</param>
/// <param name="StepCount">Schedule steps the delivery consumed (the delivery and the data choices it made).</param>
/// <param name="Dmesg">Lines printed during the delivery.</param>
/// <param name="Locks">Kernel mutexes held afterwards, with their holders.</param>
/// <param name="Streams">The hardware's stream tables afterwards.</param>
public sealed record TimelineFrame(int FirstStep, int StepCount, IReadOnlyList<string> Dmesg, IReadOnlyList<LockHold> Locks, IReadOnlyList<StreamMapping> Streams);

/// <summary>A held kernel mutex.</summary>
/// <param name="Lock">iommu_probe_device_lock, group N->mutex or device_lock(dev).</param>
/// <param name="Holder">The kernel thread holding it.</param>
public sealed record LockHold(string Lock, string Holder);

/// <summary>One stream id of one IOMMU and what it translates through.</summary>
/// <param name="Iommu">The IOMMU instance.</param>
/// <param name="Stream">The stream id.</param>
/// <param name="Context">blocked, identity, or translate (domain).</param>
public sealed record StreamMapping(string Iommu, int Stream, string Context);
