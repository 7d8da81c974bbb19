namespace IommuActors.Runtime;

/// <summary>
/// A recorded actor failure: the exception never leaves the runtime; the supervisor's directive is applied and
/// the crash is kept here for reports.
/// </summary>
/// <param name="Step">The step during which the actor threw.</param>
/// <param name="Actor">Path of the failing actor.</param>
/// <param name="ExceptionType">The exception's type name.</param>
/// <param name="Message">The exception's message.</param>
/// <param name="Directive">What its supervisor decided.</param>
public sealed record CrashEvent(int Step, string Actor, string ExceptionType, string Message, Directive Directive)
{
    /// <inheritdoc/>
    public override string ToString() => $"step {Step}: {Actor} threw {ExceptionType}: {Message} -> {Directive}";
}
