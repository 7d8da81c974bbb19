using System.Globalization;

namespace IommuActors.Cli.Bench;

/// <summary>Writes the human-readable <c>bench boot</c> report.</summary>
internal static class BootBenchText
{
    /// <summary>Writes the report.</summary>
    /// <param name="result">The result.</param>
    /// <param name="output">The writer.</param>
    public static void Write(BootBenchResult result, TextWriter output)
    {
        var r = result.Request;
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"bench boot: {result.Topology} ({r.Iommus} IOMMUs, {r.Devices} devices), kernel {r.Kernel}, strategy random, seed {r.Seed}"));
        BenchRow.Write(output, "ms/boot median", result.MedianMilliseconds.ToString("0.###", c));
        BenchRow.Write(output, "ms/boot max", result.MaxMilliseconds.ToString("0.###", c));
        BenchRow.Write(output, "steps/boot", result.StepsPerBoot.ToString("0.##", c));
        BenchRow.Write(output, "boots/second", result.BootsPerSecond.ToString("N1", c));
        BenchRow.Write(output, "steps/second", result.StepsPerSecond.ToString("N0", c));
        BenchRow.Write(output, "boots", string.Create(c, $"{result.Counts.Schedules} (+{result.WarmupBoots} untimed warm-up)"));
        BenchRow.Write(output, "violations", result.Violations == 0 ? "0" : string.Create(c, $"{result.Violations} boots ({string.Join(", ", result.ViolationIds)})"));
        BenchRow.WriteSeedAndCutOff(output, r.Seed, result.Counts, r.MaxSteps, "boots");
    }
}
