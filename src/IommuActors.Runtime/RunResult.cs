namespace IommuActors.Runtime;

/// <summary>The result of running a controlled system.</summary>
/// <param name="Outcome">How the run ended.</param>
/// <param name="Deliveries">Handler runs (deliveries and timer firings).</param>
/// <param name="Steps">Recorded schedule steps (deliveries plus data choices).</param>
/// <param name="Violation">The violation, if any.</param>
public sealed record RunResult(RunOutcome Outcome, int Deliveries, int Steps, Violation? Violation);
