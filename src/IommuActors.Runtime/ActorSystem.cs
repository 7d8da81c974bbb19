using IommuActors.Runtime.Dispatch;
using IommuActors.Runtime.Scheduling;

namespace IommuActors.Runtime;

/// <summary>
/// A tree of actors under the <c>/user</c> guardian, run by a controlled or a concurrent dispatcher
/// (Akka's <c>ActorSystem</c>). Create one per run: systems are cheap.
/// </summary>
public sealed partial class ActorSystem
{
    private readonly ActorCell _guardian;
    private readonly ExternalEndpoint _external;
    private readonly object _structureLock = new();
    private Dictionary<string, ExternalEndpoint>? _environment;
    private int _nextId;
    private long _nextTimerOrder;

    private ActorSystem(string name, ActorSystemSettings settings)
    {
        Name = name;
        Settings = settings;
        Dispatcher = settings.Dispatcher == DispatcherKind.Controlled
            ? new ControlledDispatcher(this, settings.Strategy ?? new RandomStrategy(settings.Seed))
            : new ConcurrentDispatcher(this, settings);
        _external = new ExternalEndpoint(_nextId++, "/external");
        _guardian = new ActorCell(this, null, Props.Create(() => new GuardianActor(settings.GuardianStrategy)), ActorPath.Root.Child("user"), _nextId++);
        Dispatcher.Starting(_guardian);
        _guardian.Start();
        Dispatcher.Started(_guardian);
    }

    /// <summary>Gets the system name.</summary>
    public string Name { get; }

    /// <summary>Gets the settings.</summary>
    public ActorSystemSettings Settings { get; }

    /// <summary>Gets the virtual clock; it moves only when a timer fires.</summary>
    public VirtualClock Clock { get; } = new();

    /// <summary>Gets the dispatcher kind.</summary>
    public DispatcherKind DispatcherKind => Settings.Dispatcher;

    internal Dispatcher Dispatcher { get; }

    /// <summary>Creates a system.</summary>
    /// <param name="name">The system name.</param>
    /// <param name="settings">Dispatcher, strategy and supervision settings; null for <see cref="ActorSystemSettings.Default"/>.</param>
    /// <returns>The system, with its guardian started.</returns>
    public static ActorSystem Create(string name, ActorSystemSettings? settings = null)
    {
        settings ??= ActorSystemSettings.Default;
        settings.Validate();
        return new ActorSystem(name, settings);
    }

    /// <summary>Creates a top-level actor under <c>/user</c>; its <c>PreStart</c> runs before this call returns.</summary>
    /// <param name="props">The recipe.</param>
    /// <param name="name">A unique name, or null for a generated one.</param>
    /// <returns>The actor's reference.</returns>
    public IActorRef ActorOf(Props props, string? name = null) => CreateActor(_guardian, props, name);

    /// <summary>Stops an actor and its children.</summary>
    /// <param name="actor">The actor.</param>
    public void Stop(IActorRef actor)
    {
        if (actor is LocalActorRef { Cell: var cell } && ReferenceEquals(cell.System, this))
        {
            Dispatcher.RequestStop(cell);
        }
    }

    /// <summary>
    /// Injects an environment event: <paramref name="message"/> is queued for <paramref name="target"/> from the source
    /// <c>env:<paramref name="source"/></c>. Its delivery is one more enabled step, so the strategy decides when the
    /// environment acts; events from the same source stay in order, events from different sources do not.
    /// </summary>
    /// <param name="source">The event source name, e.g. <c>user-space</c>.</param>
    /// <param name="target">The receiving actor.</param>
    /// <param name="message">The event.</param>
    public void InjectEvent(string source, IActorRef target, object message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        ArgumentNullException.ThrowIfNull(message);
        if (target is not LocalActorRef { Cell: var cell } || !ReferenceEquals(cell.System, this))
        {
            throw new ArgumentException("the target is not an actor of this system", nameof(target));
        }

        ExternalEndpoint endpoint;
        lock (_structureLock)
        {
            _environment ??= new Dictionary<string, ExternalEndpoint>(StringComparer.Ordinal);
            if (!_environment.TryGetValue(source, out endpoint!))
            {
                endpoint = new ExternalEndpoint(_nextId++, "env:" + source);
                _environment.Add(source, endpoint);
            }
        }

        Dispatcher.Send(endpoint, cell, new Envelope(message, ActorRefs.Nobody));
    }

    /// <summary>A recorded integer choice made outside any actor (e.g. by set-up code).</summary>
    /// <param name="maxExclusive">The number of options.</param>
    /// <returns>The chosen value.</returns>
    public int ChooseInt(int maxExclusive) => Dispatcher.ChooseInt(Dispatcher.Current, maxExclusive);

    /// <summary>A recorded boolean choice made outside any actor.</summary>
    /// <returns>The chosen value.</returns>
    public bool ChooseBool() => Dispatcher.ChooseBool(Dispatcher.Current);

    /// <summary>Lists the live top-level actors in creation order.</summary>
    /// <returns>Their references.</returns>
    public IReadOnlyList<IActorRef> TopLevelActors() => _guardian.GetChildren();

    /// <summary>Finds a live actor by path, e.g. <c>/user/a/b</c>.</summary>
    /// <param name="path">The path text.</param>
    /// <returns>The actor, or <see cref="ActorRefs.Nobody"/>.</returns>
    public IActorRef Lookup(string path)
    {
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || parts[0] != "user")
        {
            return ActorRefs.Nobody;
        }

        var cell = _guardian;
        foreach (var part in parts.Skip(1))
        {
            cell = cell.FindChild(part);
            if (cell is null)
            {
                return ActorRefs.Nobody;
            }
        }

        return cell.Self;
    }

    /// <summary>
    /// Returns the actor instance behind <paramref name="actor"/> for inspection by invariants and tests (Akka's
    /// <c>TestActorRef.UnderlyingActor</c>). Never call it from another actor: state is reached through messages.
    /// </summary>
    /// <typeparam name="TActor">The expected actor type.</typeparam>
    /// <param name="actor">The actor.</param>
    /// <returns>The live instance.</returns>
    public TActor UnderlyingActor<TActor>(IActorRef actor)
        where TActor : ActorBase =>
        actor is LocalActorRef { Cell.Actor: TActor instance } ? instance
            : throw new InvalidOperationException($"{actor.Path} is not a live {typeof(TActor).Name}");

    internal long NextTimerOrder() => Interlocked.Increment(ref _nextTimerOrder);

    internal IActorRef CreateActor(ActorCell parent, Props props, string? name)
    {
        ArgumentNullException.ThrowIfNull(props);
        ActorCell cell;
        lock (_structureLock)
        {
            if (parent.IsTerminated)
            {
                throw new InvalidOperationException($"cannot create a child of stopped actor {parent.PathText}");
            }

            if (name is null)
            {
                name = parent.NextGeneratedName();
            }
            else if (!ActorPath.IsValidName(name))
            {
                throw new InvalidActorNameException($"invalid actor name '{name}': it must be non-empty, without '/', spaces or a leading '$'");
            }
            else if (parent.FindChild(name) is not null)
            {
                throw new InvalidActorNameException($"actor name '{name}' is not unique under {parent.PathText}");
            }

            cell = new ActorCell(this, parent, props, parent.Path.Child(name), _nextId++);
            parent.AddChild(cell);
            _allCells.Add(cell);
        }

        Dispatcher.Starting(cell);
        try
        {
            cell.Start();
        }
        finally
        {
            Dispatcher.Started(cell);
        }

        return cell.Self;
    }

    /// <summary>Routes a Tell: the channel's source is the running actor, else the sender's actor, else <c>/external</c>.</summary>
    internal void Tell(ActorCell target, object message, IActorRef? sender)
    {
        var current = Dispatcher.Current;
        Endpoint source;
        if (current is not null)
        {
            source = current;
            sender ??= current.Self;
        }
        else if (sender is LocalActorRef { Cell: var senderCell } && ReferenceEquals(senderCell.System, this))
        {
            source = senderCell;
        }
        else
        {
            source = _external;
        }

        Dispatcher.Send(source, target, new Envelope(message, sender ?? ActorRefs.Nobody));
    }

    private sealed class GuardianActor(SupervisorStrategy strategy) : ActorBase
    {
        protected override bool Receive(object message) => false;

        protected override SupervisorStrategy SupervisorStrategy() => strategy;
    }
}
