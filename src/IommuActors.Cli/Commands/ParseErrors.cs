using System.CommandLine;
using System.CommandLine.Parsing;

namespace IommuActors.Cli.Commands;

/// <summary>Turns System.CommandLine parse errors into the one error line the CLI prints.</summary>
internal static class ParseErrors
{
    /// <summary>Picks the most useful error (an unrecognized token beats a missing argument) and adds a help hint.</summary>
    /// <param name="parseResult">A result with errors.</param>
    /// <returns>The message, without the executable prefix.</returns>
    public static string Describe(ParseResult parseResult)
    {
        var errors = parseResult.Errors;
        ParseError? chosen = null;
        if (parseResult.UnmatchedTokens.Count > 0)
        {
            var token = $"'{parseResult.UnmatchedTokens[0]}'";
            chosen = errors.FirstOrDefault(e => e.Message.Contains(token, StringComparison.Ordinal));
        }

        chosen ??= errors.Count > 0 ? errors[0] : null;
        var message = chosen?.Message ?? "invalid command line.";
        return $"error: {message} (see '{CommandPath(parseResult.CommandResult.Command)} --help')";
    }

    private static string CommandPath(Command command)
    {
        var names = new List<string>();
        for (Symbol? symbol = command; symbol is not null; symbol = symbol.Parents.FirstOrDefault())
        {
            names.Add(symbol.Name);
        }

        names.Reverse();
        return string.Join(' ', names);
    }
}
