namespace IommuActors.Kernel.Model.Threads;

/// <summary>
/// What a kernel function tells its thread between two atomic segments. Kernel code is written as C# iterators;
/// everything between two yields runs as one step, so the modelled granularity is the critical section.
/// </summary>
internal abstract record Yield
{
    /// <summary>A scheduling point: another thread may run here.</summary>
    public static Yield Preempt { get; } = new PreemptYield();

    /// <summary>Takes a mutex (a scheduling point first; blocks while another thread holds it).</summary>
    public static Yield Lock(KMutex mutex) => mutex.Acquire;

    /// <summary>Calls a kernel function (pushes its frame; its name joins the simulated call chain).</summary>
    public static Yield Call(string function, IEnumerable<Yield> body) => new CallYield(function, body);

    /// <summary>Blocks until the thread receives a message of the given kind (e.g. the end of a flush_work).</summary>
    public static Yield WaitFor(Type messageType) => new WaitYield(messageType);
}

internal sealed record PreemptYield : Yield;

internal sealed record LockYield(KMutex Mutex) : Yield;

internal sealed record CallYield(string Function, IEnumerable<Yield> Body) : Yield;

internal sealed record WaitYield(Type MessageType) : Yield;
