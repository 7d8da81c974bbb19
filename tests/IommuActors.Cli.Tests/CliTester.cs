namespace IommuActors.Cli.Tests;

/// <summary>Runs the CLI in-process with captured writers (Spectre's CommandAppTester, System.CommandLine's InvocationConfiguration).</summary>
internal static class CliTester
{
    /// <summary>Runs the CLI; unless a test names a journal, nothing is journaled (tests run in parallel in one directory).</summary>
    public static (int ExitCode, string Stdout, string Stderr) Run(params string[] args)
    {
        if (!args.Contains("--journal") && args.Length > 0 && args[0] is "explore")
        {
            args = [.. args, "--journal", "none"];
        }

        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    public static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
