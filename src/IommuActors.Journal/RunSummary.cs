namespace IommuActors.Journal;

/// <summary>How a run ended.</summary>
/// <param name="Schedules">Schedules explored.</param>
/// <param name="Steps">Steps executed.</param>
/// <param name="Exhaustive">Whether a systematic strategy covered every schedule.</param>
/// <param name="Violations">Violations found.</param>
/// <param name="Ended">When it ended (UTC, from the caller).</param>
/// <param name="CoverageJson">The coverage summary as JSON, or null.</param>
public sealed record RunSummary(long Schedules, long Steps, bool Exhaustive, int Violations, DateTimeOffset Ended, string? CoverageJson);
