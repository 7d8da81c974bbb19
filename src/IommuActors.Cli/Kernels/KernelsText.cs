using IommuActors.Kernel.Versions;

namespace IommuActors.Cli.Kernels;

/// <summary>Writes the <c>kernels</c> table: versions on one line, then one switch per line.</summary>
internal static class KernelsText
{
    /// <summary>Writes the table.</summary>
    /// <param name="output">The writer.</param>
    public static void Write(TextWriter output)
    {
        output.WriteLine($"versions: {string.Join(", ", KernelCatalog.Versions)}");
        output.WriteLine();
        string[] header = ["switch", "commit", "since", "until", "reason"];
        var rows = KernelCatalog.Switches
            .Select(s => new[] { s.Name, s.Commit ?? "-", s.Since?.ToString() ?? "-", s.Until?.ToString() ?? "-", s.Reason })
            .ToList();
        var widths = Enumerable.Range(0, header.Length - 1)
            .Select(i => rows.Select(r => r[i].Length).Append(header[i].Length).Max())
            .ToArray();
        foreach (var row in rows.Prepend(header))
        {
            var cells = row.Take(widths.Length).Select((cell, i) => cell.PadRight(widths[i]));
            output.WriteLine(string.Join("  ", cells.Append(row[^1])));
        }

        output.WriteLine();
        output.WriteLine("A kernel is a version's switches, plus --fix ID, minus --without-fix ID (ID: a switch name or a commit id of 7+ digits).");
    }
}
