namespace IommuActors.Runtime;

/// <summary>A safety violation found in a run.</summary>
/// <param name="Id">A stable id (e.g. <c>lost-update</c>); minimisation and replay keep it.</param>
/// <param name="Message">What went wrong.</param>
/// <param name="Step">How many schedule steps had been recorded when it was reported.</param>
/// <param name="Actor">The reporting actor's path, if an actor reported it.</param>
public sealed record Violation(string Id, string Message, int Step, string? Actor)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Id} at step {Step}: {Message}";
}
