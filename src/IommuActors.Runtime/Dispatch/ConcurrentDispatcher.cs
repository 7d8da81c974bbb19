using IommuActors.Runtime.Timers;

namespace IommuActors.Runtime.Dispatch;

internal sealed class ConcurrentDispatcher(ActorSystem system, ActorSystemSettings settings) : Dispatcher(system)
{
    public ActorSystemSettings Settings { get; } = settings;

    public override int StepIndex => 0;

    public override ActorCell? Current => null;

    public override ActorCell? SwapCurrent(ActorCell? cell) => null;

    public override void Send(Endpoint source, ActorCell target, in Envelope envelope) => throw new NotImplementedException();

    public override int ChooseInt(ActorCell? chooser, int maxExclusive) => throw new NotImplementedException();

    public override bool ChooseBool(ActorCell? chooser) => throw new NotImplementedException();

    public override void ActorStopped(ActorCell cell) => throw new NotImplementedException();

    public override void Unstashed(ActorCell cell) => throw new NotImplementedException();

    public override void TimerStarted(TimerEntry entry) => throw new NotImplementedException();

    public override void TimerCancelled(TimerEntry entry) => throw new NotImplementedException();
}
