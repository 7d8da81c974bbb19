using System.Globalization;
using System.Text.Json;

namespace IommuActors.Cli.Tests;

public sealed class StressCommandTests : IDisposable
{
    private static readonly string AppleSocGen = RepoPaths.File("scenarios", "apple-soc-gen.conf");
    private readonly string _directory = Directory.CreateTempSubdirectory("iommu-actors-stress-").FullName;

    private string Journal => "sqlite:" + Path.Combine(_directory, "journal.db");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void AppleGenerator_OnV66_FindsSeed001_JournalsIt_AndReplayReproducesIt()
    {
        // When
        var stress = CliTester.Run("stress", AppleSocGen, "--kernel", "6.6", "--iterations", "300", "--journal", Journal, "--json");

        // Then
        stress.ExitCode.ShouldBe(2, stress.Stderr);
        var root = JsonDocument.Parse(stress.Stdout).RootElement;
        root.GetProperty("dispatcher").GetString().ShouldBe("controlled");
        root.GetProperty("schedules").GetInt32().ShouldBe(300);
        var einval = root.GetProperty("violation_kinds").EnumerateArray().Single(v => v.GetProperty("id").GetString() == "iommu-config-einval");
        einval.GetProperty("verdict").GetString().ShouldBe("Reproduced");
        var replay = CliTester.Run("replay", einval.GetProperty("journal_id").GetInt64().ToString(CultureInfo.InvariantCulture), "--journal", Journal, "--json");
        replay.ExitCode.ShouldBe(2, replay.Stderr);
        JsonDocument.Parse(replay.Stdout).RootElement.GetProperty("found").GetString().ShouldBe("iommu-config-einval");
    }

    [Fact]
    public void ConcurrentDispatcher_ViolationFoundOnRealThreads_ReplaysDeterministicallyFromTheJournal()
    {
        var stress = CliTester.Run("stress", AppleSocGen, "--kernel", "6.6", "--dispatcher", "concurrent", "--workers", "2", "--iterations", "5", "--journal", Journal, "--json");

        stress.ExitCode.ShouldBe(2, stress.Stderr);
        var root = JsonDocument.Parse(stress.Stdout).RootElement;
        root.GetProperty("dispatcher").GetString().ShouldBe("concurrent");
        foreach (var kind in root.GetProperty("violation_kinds").EnumerateArray())
        {
            kind.GetProperty("verdict").GetString().ShouldBe("Reproduced");
            var replay = CliTester.Run("replay", kind.GetProperty("journal_id").GetInt64().ToString(CultureInfo.InvariantCulture), "--journal", Journal, "--json");
            replay.ExitCode.ShouldBe(2, replay.Stderr);
            JsonDocument.Parse(replay.Stdout).RootElement.GetProperty("found").GetString().ShouldBe(kind.GetProperty("id").GetString());
        }
    }

    [Fact]
    public void GeneratorTarget_OnMainline_FindsNothing_AndExitsZero()
    {
        var stress = CliTester.Run("stress", "gen:apple-soc,usb=1,isp=false", "--iterations", "200", "--workers", "1", "--journal", "none", "--json");

        stress.ExitCode.ShouldBe(0, stress.Stderr);
        var root = JsonDocument.Parse(stress.Stdout).RootElement;
        root.GetProperty("schedules").GetInt32().ShouldBe(200);
        root.GetProperty("violations").GetInt32().ShouldBe(0);
        root.GetProperty("covered_triples").GetInt32().ShouldBeGreaterThan(0);
        root.GetProperty("memory").GetArrayLength().ShouldBeGreaterThan(0);
    }

    [Fact]
    public void MalformedDeviceTree_IsOneErrorLineWithItsPosition_ExitOne()
    {
        var path = Path.Combine(_directory, "bad.dts");
        File.WriteAllText(path, "/dts-v1/;\n/ {\n\tdart: iommu@1 {\n\t\t#iommu-cells = <1>;\n\t}\n};\n");

        var (exitCode, stdout, stderr) = CliTester.Run("stress", path, "--iterations", "10", "--journal", "none");

        exitCode.ShouldBe(1);
        stdout.ShouldBeEmpty();
        CliTester.Lines(stderr).ShouldHaveSingleItem().ShouldStartWith($"iommu-actors: error: {path}:6:1: expected ';'");
    }

    [Theory]
    [InlineData("--duration", "soon", "--duration: 'soon' is not a positive duration")]
    [InlineData("--iterations", "0", "--iterations must be positive")]
    [InlineData("--fault", "bogus", "--fault: unknown fault 'bogus'")]
    [InlineData("--fault", "defer-storm=99", "must be a number from 1 to 16")]
    [InlineData("--fault", "probe-failures=2", "probe-failures takes no count")]
    public void BadBounds_AreUsageErrors(string option, string value, string message)
    {
        var (exitCode, _, stderr) = CliTester.Run("stress", AppleSocGen, option, value, "--journal", "none");

        exitCode.ShouldBe(1);
        stderr.ShouldContain(message);
    }
}
