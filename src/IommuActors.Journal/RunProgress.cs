namespace IommuActors.Journal;

/// <summary>A progress checkpoint: schedules explored so far and where to resume.</summary>
/// <param name="Schedules">Schedules completed.</param>
/// <param name="Steps">Steps executed.</param>
/// <param name="ResumeToken">Opaque strategy state to resume from (e.g. the next schedule index), or null.</param>
public sealed record RunProgress(long Schedules, long Steps, string? ResumeToken);
