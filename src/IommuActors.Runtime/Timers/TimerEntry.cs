using System.Globalization;
using IommuActors.Runtime.Scheduling;

namespace IommuActors.Runtime.Timers;

/// <summary>An active virtual timer. When it is among the earliest due it is an enabled step.</summary>
internal sealed class TimerEntry(TimerScheduler owner, object key, object message, long dueTicks, long intervalTicks, long order) : PendingStep
{
    public TimerScheduler Owner { get; } = owner;

    public object Key { get; } = key;

    public string KeyText { get; } = Convert.ToString(key, CultureInfo.InvariantCulture) ?? "null";

    public object Payload { get; } = message;

    public long DueTicks { get; set; } = dueTicks;

    public long IntervalTicks { get; } = intervalTicks;

    /// <summary>Gets the creation order, which breaks ties between timers due at the same instant.</summary>
    public long Order { get; } = order;

    public bool Active { get; set; } = true;

    public override StepKind Kind => StepKind.Timer;

    public override int ReceiverId => Owner.Cell.Id;

    public override string ReceiverPath => Owner.Cell.PathText;

    public override string SenderPath => "timer:" + KeyText;

    public override int Sequence => Owner.FiredCount(KeyText);

    public override object Message => Payload;
}
