namespace IommuActors.Cli.Tests;

public class UsageErrorTests
{
    [Fact]
    public void Unknown_option_is_one_line_naming_the_option()
    {
        var (exitCode, stdout, stderr) = CliTester.Run("--bogus");

        exitCode.ShouldBe((int)ExitCode.UsageError);
        stdout.ShouldBeEmpty();
        CliTester.Lines(stderr).ShouldHaveSingleItem()
            .ShouldBe("iommu-actors: error: Unrecognized command or argument '--bogus'. (see 'iommu-actors --help')");
    }

    [Fact]
    public void Unknown_option_of_a_subcommand_points_to_that_subcommand_help()
    {
        var (exitCode, _, stderr) = CliTester.Run("bench", "pingpong", "--bogus");

        exitCode.ShouldBe(1);
        CliTester.Lines(stderr).ShouldHaveSingleItem().ShouldContain("'--bogus'");
        stderr.ShouldContain("(see 'iommu-actors bench pingpong --help')");
    }

    [Fact]
    public void Unknown_verb_is_a_usage_error()
    {
        var (exitCode, stdout, stderr) = CliTester.Run("frobnicate");

        exitCode.ShouldBe(1);
        stdout.ShouldBeEmpty();
        CliTester.Lines(stderr).ShouldHaveSingleItem().ShouldContain("'frobnicate'");
    }

    [Fact]
    public void No_command_is_a_usage_error()
    {
        var (exitCode, _, stderr) = CliTester.Run();

        exitCode.ShouldBe(1);
        CliTester.Lines(stderr).ShouldHaveSingleItem().ShouldContain("a command is required");
    }

    [Fact]
    public void A_value_outside_the_choices_is_one_line()
    {
        var (exitCode, _, stderr) = CliTester.Run("bench", "pingpong", "--strategy", "bfs");

        exitCode.ShouldBe(1);
        CliTester.Lines(stderr).ShouldHaveSingleItem().ShouldContain("'bfs'");
    }

    [Fact]
    public void A_malformed_number_is_one_line()
    {
        var (exitCode, _, stderr) = CliTester.Run("explore", "toy:pingpong", "--iterations", "many");

        exitCode.ShouldBe(1);
        CliTester.Lines(stderr).ShouldHaveSingleItem().ShouldContain("--iterations");
    }

    [Theory]
    [InlineData("--iterations", "0")]
    [InlineData("--max-steps", "-3")]
    public void A_non_positive_count_is_a_usage_error(string option, string value)
    {
        var (exitCode, _, stderr) = CliTester.Run("explore", "toy:pingpong", option, value);

        exitCode.ShouldBe(1);
        CliTester.Lines(stderr).ShouldHaveSingleItem().ShouldContain(option);
    }

    [Fact]
    public void A_malformed_seed_is_a_usage_error()
    {
        var (exitCode, _, stderr) = CliTester.Run("explore", "toy:pingpong", "--seed", "seven");

        exitCode.ShouldBe(1);
        CliTester.Lines(stderr).ShouldHaveSingleItem().ShouldContain("'seven'");
    }

    [Fact]
    public void Unknown_target_is_one_line_listing_the_targets()
    {
        var (exitCode, _, stderr) = CliTester.Run("explore", "toy:nope");

        exitCode.ShouldBe(1);
        CliTester.Lines(stderr).ShouldHaveSingleItem().ShouldContain("toy:lost-update");
    }

    [Fact]
    public void Version_with_other_arguments_is_a_usage_error()
    {
        var (exitCode, stdout, stderr) = CliTester.Run("--version", "explore");

        exitCode.ShouldBe(1);
        stdout.ShouldBeEmpty();
        CliTester.Lines(stderr).ShouldHaveSingleItem().ShouldContain("--version");
    }
}
