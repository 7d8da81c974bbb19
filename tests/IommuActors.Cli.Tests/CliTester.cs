namespace IommuActors.Cli.Tests;

/// <summary>Runs the CLI in-process with captured writers (Spectre's CommandAppTester, System.CommandLine's InvocationConfiguration).</summary>
internal static class CliTester
{
    public static (int ExitCode, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    public static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
