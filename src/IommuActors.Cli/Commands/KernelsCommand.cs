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
            return CommandOutput.Report(parseResult, json, w => CliJson.Write(KernelsJson.FromCatalog(), w), w => KernelsText.Write(w));
        });
        return command;
    }
}
