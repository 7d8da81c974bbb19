using System.CommandLine;
using System.CommandLine.Help;

namespace IommuActors.Cli.Commands;

/// <summary>
/// Builds the command tree: <c>iommu-actors [--config FILE] (bench (pingpong | scenario FILE | boot) | explore TARGET | kernels)</c>.
/// </summary>
internal static class CliCommands
{
    /// <summary>Help is laid out for this many columns whatever the terminal, so it reads the same everywhere.</summary>
    public const int HelpWidth = 120;

    private const string Summary =
        "Deterministic actor runtime and schedule explorer for a model of the Linux driver core and IOMMU subsystem.";

    /// <summary>Creates a fresh root command (commands hold no state between runs, but options are not shared).</summary>
    /// <returns>The root command.</returns>
    public static Command CreateRoot()
    {
        var root = new Command(CliApp.Name, $"{Summary}\n\n{ExitCodes.HelpText}");
        var help = new HelpOption();
        if (help.Action is HelpAction action)
        {
            action.MaxWidth = HelpWidth;
        }

        root.Add(help);
        root.Add(new VersionOption { Action = new VersionAction() });
        var global = new GlobalOptions();
        root.Add(global.ConfigFile);
        root.Add(global.Journal);
        root.Add(BenchCommand.Create(global));
        root.Add(ExploreCommand.Create(global));
        root.Add(StressCommand.Create(global));
        root.Add(ReportCommand.Create(global));
        root.Add(KernelsCommand.Create());
        root.Add(RunsCommand.Create(global));
        root.Add(ReplayCommand.Create(global));
        root.Add(JournalCommand.Create(global));
        root.SetAction(NoCommand);
        return root;
    }

    private static int NoCommand(ParseResult parseResult) =>
        throw new UsageException($"a command is required: bench, explore, kernels, runs or replay. (see '{CliApp.Name} --help')");
}
