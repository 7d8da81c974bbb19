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

    /// <summary>One step array a finished recorder of this thread handed back (<see cref="Recycle"/>); the next recorder starts with it.</summary>
    [ThreadStatic]
    private static RawStep[]? t_spare;

    private RawStep[] _steps = TakeSpare() ?? new RawStep[Math.Max(t_capacity, 16)];

    public int Count { get; private set; }

    public void Add(StepKind kind, object? subject, int sequence, Type? messageType, long value)
    {
        if (Count == _steps.Length)
        {
            Array.Resize(ref _steps, Math.Max(16, _steps.Length * 2));
            t_capacity = Math.Max(t_capacity, _steps.Length);
        }

        ref var s = ref _steps[Count++];
        s.Kind = kind;
        s.Subject = subject;
        s.Sequence = sequence;
        s.MessageType = messageType;
        s.Value = value;
    }

    /// <summary>
    /// The run is over and nothing will read this recorder again: its array goes back to the thread for the next
    /// recorder (cleared, so no subject stays reachable), and this recorder is left empty.
    /// </summary>
    public void Recycle()
    {
        var steps = _steps;
        _steps = [];
        Array.Clear(steps, 0, Count);
        Count = 0;
        if (steps.Length > 0 && (t_spare is null || t_spare.Length < steps.Length))
        {
            t_spare = steps;
        }
    }

    private static RawStep[]? TakeSpare()
    {
        var spare = t_spare;
        t_spare = null;
        return spare;
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
