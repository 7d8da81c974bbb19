namespace IommuActors.Cli.Bench;

/// <summary>What a batch of runs did.</summary>
/// <param name="Schedules">Schedules run.</param>
/// <param name="Steps">Deliveries (handler runs) over all schedules.</param>
/// <param name="CutOff">Schedules the step bound cut off.</param>
internal readonly record struct BenchCounts(int Schedules, long Steps, int CutOff);
