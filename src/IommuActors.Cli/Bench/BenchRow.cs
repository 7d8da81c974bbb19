namespace IommuActors.Cli.Bench;

/// <summary>One aligned <c>label value</c> row of a benchmark report.</summary>
internal static class BenchRow
{
    /// <summary>Writes the row.</summary>
    /// <param name="output">The writer.</param>
    /// <param name="label">The label.</param>
    /// <param name="value">The value.</param>
    public static void Write(TextWriter output, string label, string value) => output.WriteLine($"  {label,-18}{value}");
}
