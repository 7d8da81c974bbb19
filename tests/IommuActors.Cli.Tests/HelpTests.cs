namespace IommuActors.Cli.Tests;

public class HelpTests
{
    [Theory]
    [InlineData("help", new[] { "--help" })]
    [InlineData("bench-help", new[] { "bench", "--help" })]
    [InlineData("bench-pingpong-help", new[] { "bench", "pingpong", "--help" })]
    [InlineData("bench-scenario-help", new[] { "bench", "scenario", "--help" })]
    [InlineData("bench-boot-help", new[] { "bench", "boot", "--help" })]
    [InlineData("bench-strategies-help", new[] { "bench", "strategies", "--help" })]
    [InlineData("bench-journal-help", new[] { "bench", "journal", "--help" })]
    [InlineData("explore-help", new[] { "explore", "--help" })]
    [InlineData("stress-help", new[] { "stress", "--help" })]
    [InlineData("report-help", new[] { "report", "--help" })]
    [InlineData("bench-report-help", new[] { "bench", "report", "--help" })]
    [InlineData("kernels-help", new[] { "kernels", "--help" })]
    [InlineData("journal-help", new[] { "journal", "--help" })]
    public void Help_layout_has_not_changed(string name, string[] args)
    {
        var (exitCode, stdout, stderr) = CliTester.Run(args);

        exitCode.ShouldBe(0);
        stderr.ShouldBeEmpty();
        Approvals.Verify(stdout, name);
    }

    [Fact]
    public void Root_help_documents_every_exit_code()
    {
        var stdout = CliTester.Run("--help").Stdout;

        foreach (var code in Enum.GetValues<ExitCode>())
        {
            stdout.ShouldContain($"  {(int)code}  ");
        }
    }

    [Fact]
    public void Help_does_not_depend_on_terminal_width()
    {
        var stdout = CliTester.Run("bench", "pingpong", "--help").Stdout;

        CliTester.Lines(stdout).ShouldAllBe(line => line.Length <= 120);
    }

    [Fact]
    public void Version_prints_the_informational_version()
    {
        var (exitCode, stdout, stderr) = CliTester.Run("--version");

        exitCode.ShouldBe(0);
        stderr.ShouldBeEmpty();
        stdout.Trim().ShouldStartWith("0.1.0");
    }
}
