using System.CommandLine;

namespace IommuActors.Cli.Commands;

/// <summary>How commands that report and succeed print: the JSON document with <c>--json</c>, else the text report.</summary>
internal static class CommandOutput
{
    /// <summary>Writes the report in the form asked for.</summary>
    /// <param name="parseResult">The parsed command line (its output writer).</param>
    /// <param name="json">The <c>--json</c> flag.</param>
    /// <param name="writeJson">Writes the JSON document.</param>
    /// <param name="writeText">Writes the text report.</param>
    /// <returns>The success exit code.</returns>
    public static int Report(ParseResult parseResult, Option<bool> json, Action<TextWriter> writeJson, Action<TextWriter> writeText)
    {
        var output = parseResult.InvocationConfiguration.Output;
        (parseResult.GetValue(json) ? writeJson : writeText)(output);
        return (int)ExitCode.Success;
    }
}
