using System.Diagnostics;

namespace IommuActors.Cli.Tests;

/// <summary>Starts the CLI as a child process (<c>dotnet iommu-actors.dll ...</c>) for tests that must kill it.</summary>
internal static class ChildCli
{
    /// <summary>Gets the CLI assembly: the copy in the test output (the Cli project is referenced), else the Cli project's own build.</summary>
    public static string Dll { get; } = Locate();

    public static Process Start(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        return Process.Start(info) ?? throw new InvalidOperationException("could not start dotnet");
    }

    private static string Locate()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "iommu-actors.dll");
        if (File.Exists(beside) && File.Exists(Path.Combine(AppContext.BaseDirectory, "iommu-actors.runtimeconfig.json")))
        {
            return beside;
        }

        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        return RepoPaths.File("src", "IommuActors.Cli", "bin", configuration, "net10.0", "iommu-actors.dll");
    }
}
