using System.Collections.Immutable;
using IommuActors.Runtime.Scheduling;
using IommuActors.Runtime.Timers;

namespace IommuActors.Runtime.Dispatch;

/// <summary>Appends every choice of a controlled run; cheap enough to stay on for benchmarks.</summary>
internal sealed class ScheduleRecorder
{
    /// <summary>The largest schedule this thread has recorded, rounded up: new recorders start that big, so short runs allocate little and long ones do not regrow.</summary>
    [ThreadStatic]
    private static int t_capacity;

    private RawStep[] _steps = new RawStep[Math.Max(t_capacity, 16)];

    public int Count { get; private set; }

    public void Add(StepKind kind, object? subject, int sequence, Type? messageType, long value)
    {
        if (Count == _steps.Length)
        {
            Array.Resize(ref _steps, _steps.Length * 2);
            t_capacity = Math.Max(t_capacity, _steps.Length);
        }

        ref var s = ref _steps[Count++];
        s.Kind = kind;
        s.Subject = subject;
        s.Sequence = sequence;
        s.MessageType = messageType;
        s.Value = value;
    }

    public Schedule ToSchedule()
    {
        var builder = ImmutableArray.CreateBuilder<ScheduleStep>(Count);
        for (var i = 0; i < Count; i++)
        {
            builder.Add(Describe(in _steps[i]));
        }

        return new Schedule(builder.MoveToImmutable());
    }

    private static ScheduleStep Describe(in RawStep s)
    {
        var type = s.MessageType is null ? string.Empty : TypeNames.Of(s.MessageType);
        return s.Subject switch
        {
            Channel ch => new ScheduleStep(s.Kind, ch.ReceiverPath, ch.SenderPath, s.Sequence, type, 0),
            TimerEntry t => new ScheduleStep(s.Kind, t.ReceiverPath, t.SenderPath, s.Sequence, type, 0),
            ActorCell cell when s.Kind == StepKind.Unstash => new ScheduleStep(s.Kind, cell.PathText, string.Empty, s.Sequence, type, 0),
            _ => new ScheduleStep(s.Kind, s.Subject as string ?? (s.Subject as ActorCell)?.PathText ?? "/", string.Empty, s.Sequence, string.Empty, s.Value),
        };
    }
}
