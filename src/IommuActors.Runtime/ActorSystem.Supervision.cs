namespace IommuActors.Runtime;

/// <summary>Failure handling: one-for-one supervision, stopping, and the records reports read.</summary>
public sealed partial class ActorSystem
{
    private readonly List<CrashEvent> _crashes = [];
    private readonly List<DeadLetter> _deadLetters = [];
    private readonly List<DeadLetter> _unhandled = [];
    private Violation? _violation;

    /// <summary>Gets every recorded actor failure, in order.</summary>
    public IReadOnlyList<CrashEvent> Crashes => _crashes;

    /// <summary>Gets the first dead letters (up to <see cref="ActorSystemSettings.MaxRecordedDeadLetters"/>).</summary>
    public IReadOnlyList<DeadLetter> DeadLetters => _deadLetters;

    /// <summary>Gets the number of dead letters.</summary>
    public int DeadLetterCount { get; private set; }

    /// <summary>Gets the first unhandled messages (up to <see cref="ActorSystemSettings.MaxRecordedDeadLetters"/>).</summary>
    public IReadOnlyList<DeadLetter> Unhandled => _unhandled;

    /// <summary>Gets the first violation reported, or null. A controlled run stops at it.</summary>
    public Violation? Violation => _violation;

    /// <summary>Reports a violation from outside any actor (e.g. an invariant checked between steps).</summary>
    /// <param name="id">A stable violation id.</param>
    /// <param name="message">What went wrong.</param>
    public void ReportViolation(string id, string message) => ReportViolation(id, message, null);

    internal void ReportViolation(string id, string message, string? actor)
    {
        lock (_crashes)
        {
            _violation ??= new Violation(id, message, Dispatcher.StepIndex, actor);
        }
    }

    internal void AddDeadLetter(in Envelope envelope, ActorCell recipient)
    {
        lock (_deadLetters)
        {
            DeadLetterCount++;
            if (_deadLetters.Count < Settings.MaxRecordedDeadLetters)
            {
                _deadLetters.Add(new DeadLetter(Dispatcher.StepIndex, recipient.PathText, Scheduling.TypeNames.Of(envelope.Message.GetType())));
            }
        }
    }

    internal void AddUnhandled(ActorCell recipient, object message)
    {
        lock (_unhandled)
        {
            if (_unhandled.Count < Settings.MaxRecordedDeadLetters)
            {
                _unhandled.Add(new DeadLetter(Dispatcher.StepIndex, recipient.PathText, Scheduling.TypeNames.Of(message.GetType())));
            }
        }
    }

    internal void RecordCrash(ActorCell cell, Exception exception, Directive directive)
    {
        lock (_crashes)
        {
            _crashes.Add(new CrashEvent(Dispatcher.StepIndex, cell.PathText, exception.GetType().Name, exception.Message, directive));
        }
    }

    /// <summary>One-for-one supervision of a handler failure (Akka's <c>SupervisorStrategy.HandleFailure</c>).</summary>
    internal void HandleFailure(ActorCell cell, Exception exception, object? message)
    {
        var supervisor = cell.Parent;
        if (supervisor is null)
        {
            RecordCrash(cell, exception, Directive.Escalate);
            ReportViolation("actor-system-failure", $"failure escalated to the root: {exception.GetType().Name}: {exception.Message}", cell.PathText);
            return;
        }

        var strategy = supervisor.ChildSupervisorStrategy();
        Directive directive;
        try
        {
            directive = strategy.Decide(exception);
        }
        catch (Exception)
        {
            directive = Directive.Escalate;
        }

        if (directive == Directive.Restart && !cell.AllowRestart(strategy, Clock.Ticks))
        {
            directive = Directive.Stop;
        }

        RecordCrash(cell, exception, directive);
        switch (directive)
        {
            case Directive.Resume:
                break;
            case Directive.Restart:
                cell.Restart(exception, message);
                break;
            case Directive.Stop:
                StopActor(cell);
                break;
            default:
                Dispatcher.Escalate(supervisor, exception);
                break;
        }
    }

    /// <summary>A constructor, PreStart or PostRestart failed: the actor cannot run, so it stops unless the supervisor escalates.</summary>
    internal void HandleInitFailure(ActorCell cell, Exception exception)
    {
        var failure = exception as ActorInitializationException
            ?? new ActorInitializationException($"{cell.PathText}: {exception.GetType().Name}: {exception.Message}", exception);
        var supervisor = cell.Parent;
        var directive = Directive.Escalate;
        if (supervisor is not null)
        {
            try
            {
                directive = supervisor.ChildSupervisorStrategy().Decide(failure) == Directive.Escalate ? Directive.Escalate : Directive.Stop;
            }
            catch (Exception)
            {
                directive = Directive.Escalate;
            }
        }

        RecordCrash(cell, exception, directive);
        StopActor(cell);
        if (directive == Directive.Escalate)
        {
            if (supervisor is null)
            {
                ReportViolation("actor-system-failure", failure.Message, cell.PathText);
            }
            else
            {
                Dispatcher.Escalate(supervisor, failure);
            }
        }
    }

    /// <summary>Stops children first, then the actor: PostStop, pending messages become dead letters, watchers get Terminated.</summary>
    internal void StopActor(ActorCell cell)
    {
        if (cell.IsTerminated)
        {
            return;
        }

        ActorCell[] children;
        lock (_structureLock)
        {
            children = [.. cell.Children];
        }

        foreach (var child in children)
        {
            Dispatcher.RequestStop(child);
        }

        cell.MarkTerminated();
        cell.CancelTimers();
        cell.RunLifecycle(static a => a.InvokePostStop(), supervise: false);
        Dispatcher.ActorStopped(cell);
        cell.NotifyWatchersAndForget();
        lock (_structureLock)
        {
            cell.Parent?.RemoveChild(cell);
        }

        cell.DetachActor();
    }
}
