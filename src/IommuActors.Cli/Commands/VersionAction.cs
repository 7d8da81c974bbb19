using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace IommuActors.Cli.Commands;

/// <summary>Prints the CLI assembly's informational version (not the host's, which is what the default action reads in tests).</summary>
internal sealed class VersionAction : SynchronousCommandLineAction
{
    /// <summary>Gets the informational version, e.g. <c>0.1.0+abc123</c>.</summary>
    public static string Version =>
        typeof(VersionAction).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(VersionAction).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    /// <inheritdoc/>
    public override int Invoke(ParseResult parseResult)
    {
        if (parseResult.Errors.Count > 0)
        {
            throw new UsageException($"--version cannot be combined with other arguments. (see '{CliApp.Name} --help')");
        }

        parseResult.InvocationConfiguration.Output.WriteLine(Version);
        return (int)ExitCode.Success;
    }
}
