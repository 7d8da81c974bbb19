using System.Text.Json;

namespace IommuActors.Cli.Tests;

public class KernelsCommandTests
{
    [Fact]
    public void Kernels_json_lists_the_versions_and_every_switch()
    {
        var (exitCode, stdout, stderr) = CliTester.Run("kernels", "--json");

        exitCode.ShouldBe(0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        var versions = root.GetProperty("versions").EnumerateArray().Select(v => v.GetString()).ToList();
        versions.Count.ShouldBeGreaterThanOrEqualTo(12);
        versions.ShouldContain("6.6");
        versions.ShouldContain("6.15");
        var switches = root.GetProperty("switches").EnumerateArray().ToList();
        var fwspec = switches.Where(s => s.GetProperty("commit").GetString() == "3f7c32091628").ShouldHaveSingleItem();
        fwspec.GetProperty("name").GetString().ShouldBe("fwspec-ops-resolved");
        fwspec.GetProperty("since").GetString().ShouldBe("6.11");
        fwspec.GetProperty("until").ValueKind.ShouldBe(JsonValueKind.Null);
        fwspec.GetProperty("reason").GetString().ShouldNotBeNullOrWhiteSpace();
        switches.ShouldContain(s => s.GetProperty("commit").ValueKind == JsonValueKind.Null && s.GetProperty("since").ValueKind == JsonValueKind.Null);
    }

    [Fact]
    public void Kernels_text_is_a_table_with_dashes_for_what_is_missing()
    {
        var (exitCode, stdout, _) = CliTester.Run("kernels");

        exitCode.ShouldBe(0);
        var lines = CliTester.Lines(stdout);
        lines[0].ShouldStartWith("versions: 4.6, 4.9,");
        lines.ShouldContain(line => line.StartsWith("switch ", StringComparison.Ordinal) && line.Contains("commit") && line.EndsWith("reason", StringComparison.Ordinal));
        lines.ShouldContain(line => line.StartsWith("fwspec-ops-resolved ", StringComparison.Ordinal) && line.Contains(" 3f7c32091628 ") && line.Contains(" 6.11 "));
        lines.ShouldContain(line => line.StartsWith("asahi-xlate-defer ", StringComparison.Ordinal) && line.Contains(" -  "));
    }
}
