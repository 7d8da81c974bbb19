using IommuActors.Kernel.Model.Threads;
using IommuActors.Runtime;

namespace IommuActors.Kernel.Model.Actors;

/// <summary>The worker that runs the single deferred_probe_work item (system_unbound_wq), with flush_work() support.</summary>
internal sealed class DeferredWorkerActor(Kernel kernel) : KThreadActor(kernel, "kworker/u8:0")
{
    private readonly List<IActorRef> _flushers = [];

    protected override void RegisterHandlers() => Receive<FlushRequest>(request =>
    {
        Kernel.System.TouchShared("kernel"); // reads the deferred-probe lists
        if (Idle && !Kernel.Core.WorkPending)
        {
            request.ReplyTo.Tell(Flushed.Instance, Self);
        }
        else
        {
            _flushers.Add(request.ReplyTo);
        }
    });

    protected override void OnIdle()
    {
        Kernel.System.TouchShared("kernel");
        if (Kernel.Core.WorkPending)
        {
            return;
        }

        foreach (var flusher in _flushers)
        {
            flusher.Tell(Flushed.Instance, Self);
        }

        _flushers.Clear();
    }

    /// <summary>flush_work(&amp;deferred_probe_work) from another thread.</summary>
    public sealed record FlushRequest(IActorRef ReplyTo);

    /// <summary>The flush is done.</summary>
    public sealed record Flushed
    {
        public static Flushed Instance { get; } = new();
    }
}
