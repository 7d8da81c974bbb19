using System.Globalization;
using System.Xml;
using IommuActors.Cli.Report;

namespace IommuActors.Cli.Tests;

/// <summary>Reports rendered in Debian's headless Chromium (<c>.ci/run</c> installs it when missing).</summary>
public sealed class ReportCommandTests : IDisposable
{
    private static readonly string Seed001 = RepoPaths.File("scenarios", "apple-display-multi-dart.conf");
    private readonly string _directory = Directory.CreateTempSubdirectory("iommu-actors-report-").FullName;

    private string Journal => "sqlite:" + Path.Combine(_directory, "journal.db");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Seed001Report_InHeadlessChromium_ShowsTheViolatingStep_AndLogsNoErrors()
    {
        // Given
        var id = ExploreOne(Seed001, "buggy-first-fix");
        var page = Path.Combine(_directory, "seed001.html");
        var png = Path.Combine(_directory, "seed001.png");

        // When
        var report = CliTester.Run("report", id, "-o", page, "--journal", Journal);
        var (dom, console) = HeadlessChromium.Load(page);
        HeadlessChromium.Screenshot(page, png);

        // Then: the page's script put the violating step in view (it checks what is drawn at the row's centre).
        report.ExitCode.ShouldBe(0, report.Stderr);
        HeadlessChromium.BodyData(dom, "violation-visible").ShouldBe("true");
        var step = int.Parse(HeadlessChromium.BodyData(dom, "violation-step")!, CultureInfo.InvariantCulture);
        dom.ShouldContain($"class=\"row violation selected\" id=\"s{step}\"");
        dom.ShouldContain("partial-iommu-probe");
        dom.ShouldContain("dart-disp0");
        console.ShouldBeEmpty();
        File.ReadAllBytes(png).Take(8).ShouldBe(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A });
        new FileInfo(png).Length.ShouldBeGreaterThan(10_000);
    }

    [Fact]
    public void ADeviceNamedLikeAScript_RendersAsText()
    {
        // Given: seed 001 with its display device renamed to markup.
        var scenario = Path.Combine(_directory, "xss.conf");
        File.WriteAllText(scenario, File.ReadAllText(Seed001).Replace("display-subsystem", "\"<script>alert(1)</script>\"", StringComparison.Ordinal));
        var id = ExploreOne(scenario, "buggy-first-fix");
        var page = Path.Combine(_directory, "xss.html");

        // When
        CliTester.Run("report", id, "-o", page, "--journal", Journal).ExitCode.ShouldBe(0);
        var (dom, console) = HeadlessChromium.Load(page);

        // Then: the name is text in the page, never an element; nothing ran.
        File.ReadAllText(page).ShouldNotContain("<script>alert(1)</script>");
        dom.ShouldContain("&lt;script&gt;alert(1)&lt;/script&gt;");
        dom.ShouldNotContain("<script>alert(1)</script>");
        console.ShouldBeEmpty();
        HeadlessChromium.BodyData(dom, "violation-visible").ShouldBe("true");
    }

    [Fact]
    public void MarkdownSummary_NamesTheViolation_TheLastSteps_AndTheNearestPassingSchedule()
    {
        var id = ExploreOne(Seed001, "buggy-first-fix");

        var (exitCode, stdout, stderr) = CliTester.Run("report", id, "--format", "md", "--journal", Journal);

        exitCode.ShouldBe(0, stderr);
        stdout.ShouldStartWith("## partial-iommu-probe in apple-display-multi-dart");
        stdout.ShouldContain("**violation**");
        stdout.ShouldContain("| dart-disp0 | 0 |");
        stdout.ShouldContain("Nearest passing schedule");
    }

    [Fact]
    public void Junit_HasOneFailingCasePerViolation_AndOnePassingCaseWhenClean()
    {
        var failing = Path.Combine(_directory, "failing.xml");
        var clean = Path.Combine(_directory, "clean.xml");

        var explore = CliTester.Run("explore", Seed001, "--variant", "buggy", "--strategy", "random", "--iterations", "50", "--all", "--journal", Journal, "--junit", failing);
        CliTester.Run("explore", Seed001, "--variant", "mainline", "--strategy", "random", "--iterations", "50", "--journal", Journal, "--junit", clean).ExitCode.ShouldBe(0);

        explore.ExitCode.ShouldBe(2, explore.Stderr);
        var xml = new XmlDocument();
        xml.Load(failing);
        var cases = xml.SelectNodes("/testsuites/testsuite/testcase")!;
        var failures = xml.SelectNodes("/testsuites/testsuite/testcase/failure")!;
        var violations = System.Text.Json.JsonDocument.Parse(CliTester.Run("runs", "show", "1", "--journal", Journal, "--json").Stdout).RootElement.GetProperty("violations").GetArrayLength();
        failures.Count.ShouldBe(violations);
        cases.Count.ShouldBe(violations);
        failures[0]!.Attributes!["type"]!.Value.ShouldBe("iommu-config-einval");
        xml.Load(clean);
        xml.SelectNodes("/testsuites/testsuite/testcase")!.Count.ShouldBe(1);
        xml.SelectNodes("//failure")!.Count.ShouldBe(0);
    }

    private string ExploreOne(string scenario, string variant)
    {
        var explore = CliTester.Run("explore", scenario, "--variant", variant, "--journal", Journal, "--json");
        explore.ExitCode.ShouldBe(2, explore.Stderr);
        var violations = System.Text.Json.JsonDocument.Parse(explore.Stdout).RootElement.GetProperty("violations");
        return violations[0].GetProperty("journal_id").GetInt64().ToString(CultureInfo.InvariantCulture);
    }
}
