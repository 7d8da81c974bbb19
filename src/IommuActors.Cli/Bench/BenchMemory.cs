namespace IommuActors.Cli.Bench;

/// <summary>Allocation and garbage collections during a timed benchmark.</summary>
/// <param name="AllocatedBytes">Bytes allocated by every thread.</param>
/// <param name="Gen0Collections">Generation-0 collections.</param>
/// <param name="Gen2Collections">Generation-2 (full) collections.</param>
internal sealed record BenchMemory(long AllocatedBytes, int Gen0Collections, int Gen2Collections);
