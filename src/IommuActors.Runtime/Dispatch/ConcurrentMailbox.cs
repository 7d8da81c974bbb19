using System.Collections.Concurrent;
using IommuActors.Runtime.Scheduling;
using IommuActors.Runtime.Timers;

namespace IommuActors.Runtime.Dispatch;

/// <summary>One actor's mailbox under the concurrent dispatcher, plus its receive log.</summary>
internal sealed class ConcurrentMailbox
{
    private int _scheduled;

    public ConcurrentQueue<MailItem> Queue { get; } = new();

    /// <summary>Gets the order in which this actor received its messages and made its data choices.</summary>
    public List<ScheduleStep> Log { get; } = [];

    public DeterministicRandom? Random { get; set; }

    public long Deliveries { get; set; }

    /// <summary>Claims the right to run the actor; only one worker runs it at a time.</summary>
    public bool TrySchedule() => Interlocked.CompareExchange(ref _scheduled, 1, 0) == 0;

    public void Unschedule() => Volatile.Write(ref _scheduled, 0);
}

/// <summary>A mailbox entry: a message from a channel, a timer firing, or a control request.</summary>
internal readonly record struct MailItem(Channel? Channel, Envelope Envelope, TimerEntry? Timer, MailControl Control, Exception? Failure);

/// <summary>Requests that must run on the actor's own thread.</summary>
internal enum MailControl
{
    None,
    Stop,
    Escalated,
}
