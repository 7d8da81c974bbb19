namespace IommuActors.Kernel.Model.Threads;

/// <summary>
/// A kernel mutex (iommu_probe_device_lock, group->mutex, device_lock, deferred_probe_mutex). Not fair: when it is
/// released every waiter is woken and the scheduler decides who gets it, as on real hardware.
/// </summary>
internal sealed class KMutex(string name)
{
    private readonly List<KThreadActor> _waiters = [];
    private Yield? _acquire;

    public string Name { get; } = name;

    /// <summary>Gets the (immutable) yield that acquires this mutex, allocated once.</summary>
    public Yield Acquire => _acquire ??= new LockYield(this);

    public KThreadActor? Owner { get; private set; }

    public bool TryTake(KThreadActor thread)
    {
        if (Owner is not null)
        {
            if (!_waiters.Contains(thread))
            {
                _waiters.Add(thread);
            }

            return false;
        }

        Owner = thread;
        _waiters.Remove(thread);
        return true;
    }

    public void Release(KThreadActor thread)
    {
        if (!ReferenceEquals(Owner, thread))
        {
            throw new InvalidOperationException($"{thread.ThreadName} releases {Name} held by {Owner?.ThreadName ?? "nobody"}");
        }

        Owner = null;
        foreach (var waiter in _waiters)
        {
            waiter.WakeFor(this);
        }
    }

    public override string ToString() => Name;
}
