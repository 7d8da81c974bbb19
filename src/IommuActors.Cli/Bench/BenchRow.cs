using System.Globalization;

namespace IommuActors.Cli.Bench;

/// <summary>One aligned <c>label value</c> row of a benchmark report.</summary>
internal static class BenchRow
{
    /// <summary>Writes the row.</summary>
    /// <param name="output">The writer.</param>
    /// <param name="label">The label.</param>
    /// <param name="value">The value.</param>
    public static void Write(TextWriter output, string label, string value) => output.WriteLine($"  {label,-18}{value}");

    /// <summary>Writes the closing rows every benchmark report shares: the seed, then the cut-off runs if there were any.</summary>
    /// <param name="output">The writer.</param>
    /// <param name="seed">The seed.</param>
    /// <param name="counts">What the timed runs did.</param>
    /// <param name="maxSteps">The step bound per run.</param>
    /// <param name="runs">What a run is called (<c>schedules</c>, <c>boots</c>).</param>
    public static void WriteSeedAndCutOff(TextWriter output, ulong seed, BenchCounts counts, int maxSteps, string runs)
    {
        Write(output, "seed", seed.ToString(CultureInfo.InvariantCulture));
        if (counts.CutOff > 0)
        {
            Write(output, "cut off", string.Create(CultureInfo.InvariantCulture, $"{counts.CutOff} {runs} hit --max-steps {maxSteps}"));
        }
    }
}
