using System.CommandLine;
using System.CommandLine.Invocation;
using IommuActors.Cli.Commands;
using IommuActors.Configuration;
using IommuActors.Scenarios;

namespace IommuActors.Cli;

/// <summary>
/// The in-process entry point: parses <c>args</c>, runs the command against the given writers and maps every
/// failure to one stderr line and an <see cref="ExitCode"/>. Nothing here touches <see cref="Console"/>.
/// </summary>
internal static class CliApp
{
    /// <summary>The executable name used in help and error messages.</summary>
    public const string Name = "iommu-actors";

    /// <summary>Runs the command line.</summary>
    /// <param name="args">The arguments, without the executable name.</param>
    /// <param name="stdout">Where results go.</param>
    /// <param name="stderr">Where errors go.</param>
    /// <returns>The exit code (an <see cref="ExitCode"/> value).</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        try
        {
            var parseResult = CliCommands.CreateRoot().Parse(args);
            if (parseResult.Action is ParseErrorAction)
            {
                return Fail(stderr, ParseErrors.Describe(parseResult), ExitCode.UsageError);
            }

            return parseResult.Invoke(new InvocationConfiguration
            {
                Output = stdout,
                Error = stderr,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (ConfigException ex)
        {
            return Fail(stderr, $"error: {ex.Message}", ExitCode.UsageError);
        }
        catch (ScenarioException ex)
        {
            return Fail(stderr, $"error: {ex.Message}", ExitCode.UsageError);
        }
        catch (UsageException ex)
        {
            return Fail(stderr, $"error: {ex.Message}", ExitCode.UsageError);
        }
        catch (Journal.JournalException ex)
        {
            return Fail(stderr, $"error: {ex.Message}", ExitCode.UsageError);
        }
        catch (FormatException ex)
        {
            // A journaled schedule that does not parse (edited or damaged journal contents).
            return Fail(stderr, $"error: {ex.Message}", ExitCode.UsageError);
        }
#pragma warning disable CA1031 // The CLI boundary turns every unexpected failure into one line and exit code 3.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return Fail(stderr, $"internal error: {ex.GetType().Name}: {ex.Message}", ExitCode.InternalError);
        }
    }

    /// <summary>Collapses line breaks and the indentation after them into single spaces.</summary>
    /// <param name="text">The text.</param>
    /// <returns>One line.</returns>
    public static string OneLine(string text) =>
        string.Join(' ', text.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0));

    private static int Fail(TextWriter stderr, string message, ExitCode code)
    {
        stderr.WriteLine($"{Name}: {OneLine(message)}");
        return (int)code;
    }
}
