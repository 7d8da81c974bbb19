using System.CommandLine;
using IommuActors.Cli.Kernels;
using IommuActors.Cli.Output;

namespace IommuActors.Cli.Commands;

/// <summary><c>kernels</c>: the modelled kernel versions and the switches that tell them apart.</summary>
internal static class KernelsCommand
{
    /// <summary>Creates the command.</summary>
    /// <returns>The command.</returns>
    public static Command Create()
    {
        var json = CommonOptions.Json("Print one JSON object instead of a table");
        var command = new Command("kernels", "List the modelled kernel versions and every switch (name, commit, since, until, reason)") { json };
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(json))
            {
                CliJson.Write(KernelsJson.FromCatalog(), output);
            }
            else
            {
                KernelsText.Write(output);
            }

            return (int)ExitCode.Success;
        });
        return command;
    }
}
