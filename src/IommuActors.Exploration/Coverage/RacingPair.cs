namespace IommuActors.Exploration.Coverage;

/// <summary>
/// An ordered pair of racing events: <see cref="First"/> was delivered while <see cref="Second"/> was enabled too.
/// Events are named like schedule lines without the sequence number: <c>RECEIVER &lt;- SENDER Type</c>.
/// </summary>
/// <param name="First">The event delivered first.</param>
/// <param name="Second">The event that was enabled at the same time and waited.</param>
/// <param name="Count">How many scheduling points saw this order.</param>
public sealed record RacingPair(string First, string Second, long Count)
{
    /// <inheritdoc/>
    public override string ToString() => $"{First} before {Second}";
}
