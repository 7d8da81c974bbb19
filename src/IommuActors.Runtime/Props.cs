namespace IommuActors.Runtime;

/// <summary>
/// The recipe for creating (and, on restart, re-creating) an actor. Immutable, as in Akka; the factory must
/// build a fresh instance every time it is called.
/// </summary>
public sealed class Props
{
    private readonly Func<ActorBase> _factory;

    private Props(Type actorType, Func<ActorBase> factory, SupervisorStrategy? supervisorStrategy)
    {
        ActorType = actorType;
        _factory = factory;
        SupervisorStrategy = supervisorStrategy;
    }

    /// <summary>Gets the type of actor the props create.</summary>
    public Type ActorType { get; }

    /// <summary>Gets the strategy that supervises this actor's children, overriding the actor's own, if any.</summary>
    public SupervisorStrategy? SupervisorStrategy { get; }

    /// <summary>Props for an actor with a parameterless constructor.</summary>
    /// <typeparam name="TActor">The actor type.</typeparam>
    /// <returns>The props.</returns>
    public static Props Create<TActor>()
        where TActor : ActorBase, new() => new(typeof(TActor), static () => new TActor(), null);

    /// <summary>Props built from a factory, e.g. <c>Props.Create(() =&gt; new Pinger(pong, 25))</c>.</summary>
    /// <typeparam name="TActor">The actor type.</typeparam>
    /// <param name="factory">Builds a new instance on every call.</param>
    /// <returns>The props.</returns>
    public static Props Create<TActor>(Func<TActor> factory)
        where TActor : ActorBase
    {
        ArgumentNullException.ThrowIfNull(factory);
        return new(typeof(TActor), factory, null);
    }

    /// <summary>Returns a copy whose children are supervised by <paramref name="strategy"/>.</summary>
    /// <param name="strategy">The supervisor strategy.</param>
    /// <returns>New props.</returns>
    public Props WithSupervisorStrategy(SupervisorStrategy strategy) => new(ActorType, _factory, strategy);

    internal ActorBase NewActor() => _factory();
}
