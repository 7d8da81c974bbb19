namespace IommuActors.Runtime;

/// <summary>Decides what happens to a failed child. Only one-for-one supervision is offered.</summary>
public abstract class SupervisorStrategy
{
    /// <summary>
    /// Gets Akka's default: stop on <see cref="ActorInitializationException"/>, <see cref="ActorKilledException"/>
    /// and <see cref="DeathPactException"/>, restart on any other exception, without a retry limit.
    /// </summary>
    public static SupervisorStrategy DefaultStrategy { get; } = new OneForOneStrategy(DefaultDecider);

    /// <summary>Gets a strategy that stops every failing child.</summary>
    public static SupervisorStrategy StoppingStrategy { get; } = new OneForOneStrategy(static _ => Directive.Stop);

    /// <summary>Gets the maximum number of restarts of one child within <see cref="WithinTimeRange"/>; -1 is unlimited.</summary>
    public abstract int MaxNumberOfRetries { get; }

    /// <summary>Gets the virtual-time window in which restarts are counted; <see cref="TimeSpan.Zero"/> is forever.</summary>
    public abstract TimeSpan WithinTimeRange { get; }

    /// <summary>Akka's default decider.</summary>
    /// <param name="exception">The failure.</param>
    /// <returns>The directive.</returns>
    public static Directive DefaultDecider(Exception exception) => exception switch
    {
        ActorInitializationException => Directive.Stop,
        ActorKilledException => Directive.Stop,
        DeathPactException => Directive.Stop,
        _ => Directive.Restart,
    };

    /// <summary>Decides the directive for <paramref name="exception"/>.</summary>
    /// <param name="exception">The failure thrown by the child.</param>
    /// <returns>The directive.</returns>
    public abstract Directive Decide(Exception exception);
}
