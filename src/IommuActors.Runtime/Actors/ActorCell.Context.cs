namespace IommuActors.Runtime;

/// <summary>The <see cref="IActorContext"/> face of the cell.</summary>
internal sealed partial class ActorCell
{
    IActorRef IActorContext.Self => Self;

    IActorRef IActorContext.Sender => _currentSender;

    IActorRef IActorContext.Parent => (IActorRef?)Parent?.Self ?? ActorRefs.Nobody;

    ActorSystem IActorContext.System => System;

    public IActorRef ActorOf(Props props, string? name = null) => System.CreateActor(this, props, name);

    public IActorRef Child(string name) => FindChild(name)?.Self ?? ActorRefs.Nobody;

    public void Stop(IActorRef actor)
    {
        if (actor is LocalActorRef { Cell: var cell } && ReferenceEquals(cell.System, System))
        {
            System.Dispatcher.RequestStop(cell);
        }
    }

    public void Become(Func<object, bool> receive)
    {
        ArgumentNullException.ThrowIfNull(receive);
        if (_behaviors.Count > 0)
        {
            _behaviors[^1] = receive;
        }
        else
        {
            _behaviors.Add(receive);
        }

        _behavior = receive;
    }

    public void BecomeStacked(Func<object, bool> receive)
    {
        ArgumentNullException.ThrowIfNull(receive);
        _behaviors.Add(receive);
        _behavior = receive;
    }

    public void UnbecomeStacked()
    {
        if (_behaviors.Count > 0)
        {
            _behaviors.RemoveAt(_behaviors.Count - 1);
        }

        _behavior = _behaviors.Count > 0 ? _behaviors[^1] : _actor is { } a ? a.InvokeReceive : static _ => false;
    }

    public int ChooseInt(int maxExclusive) => System.Dispatcher.ChooseInt(this, maxExclusive);

    public bool ChooseBool() => System.Dispatcher.ChooseBool(this);

    public void ReportViolation(string id, string message) => System.ReportViolation(id, message, PathText);
}
