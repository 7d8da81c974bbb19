using IommuActors.Runtime.Scheduling;

namespace IommuActors.Runtime.Dispatch;

/// <summary>
/// A step as the hot path records it: references and numbers only. It is turned into a <see cref="ScheduleStep"/>
/// (paths and names) only when a schedule is asked for.
/// </summary>
internal struct RawStep
{
    public StepKind Kind;
    public int Sequence;
    public long Value;
    public object? Subject;
    public Type? MessageType;
}
