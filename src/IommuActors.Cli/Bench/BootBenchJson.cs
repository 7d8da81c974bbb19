namespace IommuActors.Cli.Bench;

/// <summary>The <c>bench boot --json</c> document.</summary>
internal sealed record BootBenchJson
{
    public string Benchmark { get; init; } = "boot";

    public required string Topology { get; init; }

    public required int Iommus { get; init; }

    public required int Devices { get; init; }

    public required string Kernel { get; init; }

    public string Strategy { get; init; } = "random";

    public required ulong Seed { get; init; }

    public required int MaxSteps { get; init; }

    public required int WarmupBoots { get; init; }

    public required int Boots { get; init; }

    public required int BootsCutOff { get; init; }

    public required int Violations { get; init; }

    public required IReadOnlyList<string> ViolationIds { get; init; }

    public required long TotalSteps { get; init; }

    public required double StepsPerBoot { get; init; }

    public required double MsPerBootMedian { get; init; }

    public required double MsPerBootMax { get; init; }

    public required double BootsPerSecond { get; init; }

    public required double StepsPerSecond { get; init; }

    public required double ElapsedSeconds { get; init; }

    /// <summary>Builds the document.</summary>
    /// <param name="result">The result.</param>
    /// <returns>The document.</returns>
    public static BootBenchJson From(BootBenchResult result) => new()
    {
        Topology = result.Topology,
        Iommus = result.Request.Iommus,
        Devices = result.Request.Devices,
        Kernel = result.Request.Kernel.ToString(),
        Seed = result.Request.Seed,
        MaxSteps = result.Request.MaxSteps,
        WarmupBoots = result.WarmupBoots,
        Boots = result.Counts.Schedules,
        BootsCutOff = result.Counts.CutOff,
        Violations = result.Violations,
        ViolationIds = result.ViolationIds,
        TotalSteps = result.Counts.Steps,
        StepsPerBoot = result.StepsPerBoot,
        MsPerBootMedian = result.MedianMilliseconds,
        MsPerBootMax = result.MaxMilliseconds,
        BootsPerSecond = result.BootsPerSecond,
        StepsPerSecond = result.StepsPerSecond,
        ElapsedSeconds = result.ElapsedSeconds,
    };
}
