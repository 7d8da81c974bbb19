using System.Globalization;
using IommuActors.Runtime.Dispatch;
using IommuActors.Runtime.Timers;

namespace IommuActors.Runtime;

/// <summary>
/// The runtime side of one actor (Akka's <c>ActorCell</c>): its instance, behaviour stack, children, watchers,
/// stash and timers. The instance is replaced on restart; the cell, its path and its mailbox stay.
/// </summary>
internal sealed partial class ActorCell : Endpoint, IActorContext
{
    [ThreadStatic]
    private static ActorCell? _constructing;

    private readonly List<Channel> _incoming = [];
    private readonly List<Func<object, bool>> _behaviors = [];
    private Func<object, bool> _behavior = static _ => false;
    private ActorBase? _actor;
    private object? _currentMessage;
    private IActorRef _currentSender = ActorRefs.Nobody;
    private TimerScheduler? _timers;
    private volatile bool _terminated;

    public ActorCell(ActorSystem system, ActorCell? parent, Props props, ActorPath path, int id)
        : base(id, path.ToString())
    {
        System = system;
        Parent = parent;
        Props = props;
        Path = path;
        Self = new LocalActorRef(this);
    }

    /// <summary>Gets the cell whose actor is being constructed on this thread (read by <see cref="ActorBase"/>'s constructor).</summary>
    public static ActorCell? Constructing => _constructing;

    public ActorSystem System { get; }

    public ActorCell? Parent { get; }

    public Props Props { get; }

    public ActorPath Path { get; }

    public LocalActorRef Self { get; }

    public ActorBase? Actor => _actor;

    public bool IsTerminated => _terminated;

    /// <summary>Gets or sets the concurrent dispatcher's mailbox (null under the controlled dispatcher).</summary>
    public ConcurrentMailbox? Mailbox { get; set; }

    public IReadOnlyList<Channel> Incoming => _incoming;

    public int BehaviorDepth => _behaviors.Count;

    public object? CurrentMessage => _currentMessage;

    public void AddIncoming(Channel channel)
    {
        lock (_incoming)
        {
            _incoming.Add(channel);
        }
    }

    /// <summary>Creates the actor instance and runs <c>PreStart</c>; a failure is supervised like any other.</summary>
    public void Start()
    {
        if (!TryCreateInstance(out var failure))
        {
            System.HandleInitFailure(this, failure!);
            return;
        }

        RunLifecycle(static a => a.InvokePreStart(), supervise: true);
    }

    /// <summary>Runs one message through the current behaviour. Exceptions never escape: they are supervised.</summary>
    public void Invoke(in Envelope envelope)
    {
        if (IsTerminated || _actor is null)
        {
            System.AddDeadLetter(envelope, this);
            return;
        }

        if (System.StepObserver is { } observer)
        {
            observer.OnDelivered(PathText, Scheduling.TypeNames.Of(_actor.GetType()), BehaviorState(), envelope.Message);
        }

        var dispatcher = System.Dispatcher;
        var previous = dispatcher.SwapCurrent(this);
        var message = envelope.Message;
        _currentMessage = message;
        _currentSender = envelope.Sender;
        try
        {
            if (!AutoReceive(message) && !_behavior(message))
            {
                _actor.InvokeUnhandled(message);
            }
        }
        catch (Exception ex) when (ex is not Scheduling.ScheduleControlException)
        {
            System.HandleFailure(this, ex, message);
        }
        finally
        {
            _currentMessage = null;
            _currentSender = ActorRefs.Nobody;
            dispatcher.SwapCurrent(previous);
        }
    }

    public void RecordUnhandled(object message) => System.AddUnhandled(this, message);

    /// <summary>Replaces the failed instance by a fresh one from the props (Akka restart semantics).</summary>
    public void Restart(Exception reason, object? message)
    {
        var old = _actor;
        if (old is not null)
        {
            RunLifecycle(a => a.InvokePreRestart(reason, message), supervise: false);
            old.Detach();
        }

        _timers?.CancelAll();
        UnstashAllForRestart();
        _behaviors.Clear();
        if (!TryCreateInstance(out var failure))
        {
            System.HandleInitFailure(this, failure!);
            return;
        }

        RunLifecycle(a => a.InvokePostRestart(reason), supervise: true);
    }

    public SupervisorStrategy ChildSupervisorStrategy() =>
        Props.SupervisorStrategy ?? (_actor is { } a ? a.InvokeSupervisorStrategy() : SupervisorStrategy.DefaultStrategy);

    internal ITimerScheduler Timers => _timers ??= new TimerScheduler(this);

    private bool TryCreateInstance(out Exception? failure)
    {
        failure = null;
        var previous = _constructing;
        _constructing = this;
        ActorBase instance;
        try
        {
            instance = Props.NewActor();
        }
        catch (Exception ex) when (ex is not Scheduling.ScheduleControlException)
        {
            failure = ex is System.Reflection.TargetInvocationException { InnerException: { } inner } ? inner : ex;
            return false;
        }
        finally
        {
            _constructing = previous;
        }

        instance.OnConstructed();
        if (instance is IWithUnboundedStash stashing)
        {
            stashing.Stash = Stash;
        }

        if (instance is IWithTimers timed)
        {
            timed.Timers = Timers;
        }

        _actor = instance;
        _behavior = instance.InvokeReceive;
        if (System.StepObserver is { } observer)
        {
            var handled = instance.InitialMessageTypes().Select(Scheduling.TypeNames.Of).ToArray();
            observer.OnActorStarted(PathText, Scheduling.TypeNames.Of(instance.GetType()), BehaviorState(), handled);
        }

        return true;
    }

    /// <summary>The behaviour state an observer sees: the stack depth, then <c>:NAME</c> when the actor names its state.</summary>
    private string BehaviorState()
    {
        var depth = _behaviors.Count.ToString(CultureInfo.InvariantCulture);
        return _actor?.InvokeStateName() is { } name ? depth + ":" + name : depth;
    }

    /// <summary>Runs a lifecycle hook as if it were a message handler: sends come from this actor.</summary>
    /// <param name="hook">The hook.</param>
    /// <param name="supervise">True for PreStart/PostRestart (a failure is an initialization failure); false for
    /// PreRestart/PostStop (a failure is only recorded, as Akka only logs it).</param>
    internal void RunLifecycle(Action<ActorBase> hook, bool supervise)
    {
        if (_actor is null)
        {
            return;
        }

        var dispatcher = System.Dispatcher;
        var previous = dispatcher.SwapCurrent(this);
        try
        {
            hook(_actor);
        }
        catch (Exception ex) when (ex is not Scheduling.ScheduleControlException)
        {
            if (supervise)
            {
                System.HandleInitFailure(this, ex);
            }
            else
            {
                System.RecordCrash(this, ex, Directive.Stop);
            }
        }
        finally
        {
            dispatcher.SwapCurrent(previous);
        }
    }

    private bool AutoReceive(object message)
    {
        switch (message)
        {
            case PoisonPill:
                System.StopActor(this);
                return true;
            case Kill:
                throw new ActorKilledException("Kill");
            case Terminated terminated:
                // A Terminated from an actor we no longer watch is dropped, as in Akka.
                return !StopWatchingOnTerminated(terminated.ActorRef);
            default:
                return false;
        }
    }
}
