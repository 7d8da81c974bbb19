namespace IommuActors.Runtime;

/// <summary>
/// An actor whose behaviour is a list of typed handlers registered with <see cref="Receive{T}(Action{T}, Predicate{T})"/>
/// in the constructor, as in Akka's <c>ReceiveActor</c>. <see cref="Become"/> swaps in another list.
/// </summary>
public abstract class ReceiveActor : ActorBase
{
    private readonly HandlerSet _initial = new();
    private HandlerSet? _building;

    /// <summary>Initializes the actor; handlers registered in the derived constructor form the initial behaviour.</summary>
    protected ReceiveActor()
    {
        _building = _initial;
    }

    /// <summary>Handles messages of type <typeparamref name="T"/> (optionally only those matching <paramref name="shouldHandle"/>).</summary>
    /// <typeparam name="T">The message type.</typeparam>
    /// <param name="handler">The handler.</param>
    /// <param name="shouldHandle">An optional filter.</param>
    protected void Receive<T>(Action<T> handler, Predicate<T>? shouldHandle = null) =>
        Building().Add(new ActionHandler<T>(handler, shouldHandle));

    /// <summary>Handles messages of type <typeparamref name="T"/> that match <paramref name="shouldHandle"/> (Akka's argument order).</summary>
    /// <typeparam name="T">The message type.</typeparam>
    /// <param name="shouldHandle">The filter.</param>
    /// <param name="handler">The handler.</param>
    protected void Receive<T>(Predicate<T> shouldHandle, Action<T> handler) =>
        Building().Add(new ActionHandler<T>(handler, shouldHandle));

    /// <summary>Handles messages of type <typeparamref name="T"/>; the handler returns false to pass the message on.</summary>
    /// <typeparam name="T">The message type.</typeparam>
    /// <param name="handler">The handler.</param>
    protected void Receive<T>(Func<T, bool> handler) => Building().Add(new FuncHandler<T>(handler));

    /// <summary>Handles any message not handled by an earlier registration.</summary>
    /// <param name="handler">The handler.</param>
    protected void ReceiveAny(Action<object> handler) => Building().Add(new ActionHandler<object>(handler, null));

    /// <summary>Replaces the current behaviour with the handlers <paramref name="configure"/> registers.</summary>
    /// <param name="configure">Registers handlers with <c>Receive</c>.</param>
    protected void Become(Action configure) => Context.Become(Build(configure).TryHandle);

    /// <summary>Pushes the handlers <paramref name="configure"/> registers on top of the behaviour stack.</summary>
    /// <param name="configure">Registers handlers with <c>Receive</c>.</param>
    protected void BecomeStacked(Action configure) => Context.BecomeStacked(Build(configure).TryHandle);

    /// <summary>Pops the behaviour pushed by the last <see cref="BecomeStacked"/>.</summary>
    protected void UnbecomeStacked() => Context.UnbecomeStacked();

    /// <inheritdoc/>
    protected sealed override bool Receive(object message) => _initial.TryHandle(message);

    internal override void OnConstructed() => _building = null;

    internal override IReadOnlyList<Type> InitialMessageTypes() => _initial.MessageTypes();

    private HandlerSet Build(Action configure)
    {
        var set = new HandlerSet();
        var previous = _building;
        _building = set;
        try
        {
            configure();
        }
        finally
        {
            _building = previous;
        }

        return set;
    }

    private HandlerSet Building() => _building ?? throw new InvalidOperationException(
        "Receive<T> may only be called in the constructor or inside Become(...)");

    private sealed class HandlerSet
    {
        private Handler[] _handlers = [];

        public void Add(Handler handler) => _handlers = [.. _handlers, handler];

        public IReadOnlyList<Type> MessageTypes() =>
            [.. _handlers.Select(h => h.MessageType).Where(t => t != typeof(object)).Distinct()];

        public bool TryHandle(object message)
        {
            foreach (var handler in _handlers)
            {
                if (handler.TryHandle(message))
                {
                    return true;
                }
            }

            return false;
        }
    }

    private abstract class Handler
    {
        public abstract Type MessageType { get; }

        public abstract bool TryHandle(object message);
    }

    private sealed class ActionHandler<T>(Action<T> action, Predicate<T>? filter) : Handler
    {
        public override Type MessageType => typeof(T);

        public override bool TryHandle(object message)
        {
            if (message is T typed && (filter is null || filter(typed)))
            {
                action(typed);
                return true;
            }

            return false;
        }
    }

    private sealed class FuncHandler<T>(Func<T, bool> func) : Handler
    {
        public override Type MessageType => typeof(T);

        public override bool TryHandle(object message) => message is T typed && func(typed);
    }
}
