using IommuActors.Kernel.Model.Code;
using IommuActors.Kernel.Model.Threads;
using IommuActors.Kernel.Topology;
using IommuActors.Runtime;
using IommuActors.Runtime.Hashing;

namespace IommuActors.Kernel.Model.Actors;

/// <summary>User space: nothing happens before init has finished booting; then each action is an environment event that runs as its own task (udev workers run in parallel).</summary>
internal sealed class UserSpaceActor : ReceiveActor, IStateHashable
{
    private readonly Kernel _kernel;

    public UserSpaceActor(Kernel kernel)
    {
        _kernel = kernel;
        Receive<InitDone>(_ =>
        {
            // User space starts: each action becomes an environment event the explorer may deliver at any point from now on.
            var actions = kernel.Topology.UserActions.AddRange(Injected(kernel));
            for (var i = 0; i < actions.Length; i++)
            {
                Context.System.InjectEvent($"user{i}", Self, new UserAction(i, actions[i]));
            }
        });
        Receive<UserAction>(action =>
        {
            var task = Context.ActorOf(Props.Create(() => new KThreadActor(kernel, $"udev-{action.Index}")), $"task{action.Index}");
            task.Tell(new KThreadActor.Work($"user_{action.Spec.Kind}", t => UserSpace.Run(kernel, t, action.Spec)), task);
        });
    }

    /// <summary>The whole machine's state is hashed once, here.</summary>
    public void HashState(StateHasher hasher) => _kernel.HashState(hasher);

    /// <summary>User-space work that fault injection adds: loading late IOMMU drivers, unbind/rebind and VFIO churn.</summary>
    private static IEnumerable<UserActionSpec> Injected(Kernel kernel)
    {
        var faults = kernel.Topology.Faults;
        foreach (var late in kernel.LateModules)
        {
            yield return new UserActionSpec(UserActionKind.LoadModule, late.Name);
        }

        for (var i = 0; i < faults.UnbindRebind; i++)
        {
            yield return new UserActionSpec(UserActionKind.UnbindRebind, "*");
        }

        for (var i = 0; i < faults.VfioChurn; i++)
        {
            yield return new UserActionSpec(UserActionKind.VfioChurn, "*");
        }
    }

    /// <summary>kernel_init() is about to exec /sbin/init.</summary>
    public sealed record InitDone
    {
        public static InitDone Instance { get; } = new();
    }

    /// <summary>One user-space action (an environment event).</summary>
    public sealed record UserAction(int Index, UserActionSpec Spec);
}
