using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace IommuActors.Cli.Tests;

public sealed class JournalExportImportTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "iommu-actors-cli-export-" + Environment.ProcessId + "-" + Guid.NewGuid().ToString("N"));

    public JournalExportImportTests() => Directory.CreateDirectory(_directory);

    private static string Fixture => RepoPaths.File("tests", "IommuActors.Cli.Tests", "Fixtures", "journal", "seed-scenarios.json");

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public void ExportThenImport_CopiesEveryRunAndViolationFieldByField()
    {
        // Given: a journal with a scenario run, a toy run with a violation and a clean toy run.
        var source = JournalAt("source.db");
        CliTester.Run("explore", RepoPaths.File("scenarios", "apple-display-multi-dart.conf"), "--variant", "buggy-first-fix", "--journal", source).ExitCode.ShouldBe(2);
        CliTester.Run("explore", "toy:lost-update", "--journal", source).ExitCode.ShouldBe(2);
        CliTester.Run("explore", "toy:pingpong", "--journal", source, "--strategy", "random", "--iterations", "20").ExitCode.ShouldBe(0);
        var target = JournalAt("target.db");
        CliTester.Run("explore", "toy:lost-update", "--journal", target).ExitCode.ShouldBe(2); // ids must be remapped
        var file = Path.Combine(_directory, "export.json");

        // When
        var export = CliTester.Run("journal", "export", file, "--journal", source);
        var import = CliTester.Run("journal", "import", file, "--journal", target);

        // Then
        export.ExitCode.ShouldBe(0, export.Stderr);
        import.ExitCode.ShouldBe(0, import.Stderr);
        CliTester.Lines(import.Stdout).ShouldBe(["run 1 -> 2", "violation 1 -> 2", "run 2 -> 3", "violation 2 -> 3", "run 3 -> 4"]);
        foreach (var (oldRun, newRun) in new[] { (1, 2), (2, 3), (3, 4) })
        {
            var before = ShowRun(source, oldRun);
            var after = ShowRun(target, newRun);
            after["run_id"]!.GetValue<long>().ShouldBe(newRun);
            foreach (var run in new[] { before, after })
            {
                run.Remove("run_id");
                foreach (var violation in run["violations"]!.AsArray())
                {
                    violation!.AsObject().Remove("journal_id");
                }
            }

            after.ToJsonString().ShouldBe(before.ToJsonString());
        }

        // Every stored field (schedules, hashes, checkpoint, summary) survives: re-exporting gives the same runs but for ids.
        var again = Path.Combine(_directory, "again.json");
        CliTester.Run("journal", "export", again, "--journal", target).ExitCode.ShouldBe(0);
        var first = WithoutIds(JsonNode.Parse(File.ReadAllText(file))!["runs"]!.AsArray());
        var second = WithoutIds(JsonNode.Parse(File.ReadAllText(again))!["runs"]!.AsArray());
        second.Skip(1).Select(r => r.ToJsonString()).ShouldBe(first.Select(r => r.ToJsonString()));
    }

    [Fact]
    public void Export_StoresTheScenarioRelativeToTheRepositoryAndTheSeedAsAString()
    {
        var journal = JournalAt("journal.db");
        CliTester.Run("explore", RepoPaths.File("scenarios", "rk3288-drm-detach.conf"), "--variant", "buggy", "--seed", "18446744073709551615", "--journal", journal).ExitCode.ShouldBe(2);
        var file = Path.Combine(_directory, "export.json");

        CliTester.Run("journal", "export", file, "--journal", journal).ExitCode.ShouldBe(0);

        var document = JsonNode.Parse(File.ReadAllText(file))!;
        document["format"]!.GetValue<string>().ShouldBe("iommu-actors-journal");
        document["version"]!.GetValue<int>().ShouldBe(1);
        var info = document["runs"]![0]!["info"]!;
        info["source_file"]!.GetValue<string>().ShouldBe("scenarios/rk3288-drm-detach.conf");
        info["seed"]!.GetValue<string>().ShouldBe("18446744073709551615");
    }

    [Fact]
    public void Import_LargestSeed_StaysExact()
    {
        var document = FixtureNode();
        document["runs"]![0]!["info"]!["seed"] = "18446744073709551615";
        var file = Write("seed.json", document);
        var journal = JournalAt("journal.db");

        CliTester.Run("journal", "import", file, "--journal", journal).ExitCode.ShouldBe(0);

        var run = ShowRun(journal, 1);
        run["seed"]!.GetValue<ulong>().ShouldBe(ulong.MaxValue);
    }

    [Fact]
    public void Import_MissingFile_ExitsOneNamingIt()
    {
        var file = Path.Combine(_directory, "missing.json");

        AssertRejected(file, "missing.json: no such file");
    }

    [Fact]
    public void Import_MalformedJson_NamesTheParserLineAndColumnOneBased()
    {
        var file = Path.Combine(_directory, "bad.json");
        File.WriteAllText(file, "{\n  \"format\": \"iommu-actors-journal\",\n  \"version\": 1,\n  \"runs\": [ x ]\n}\n");

        AssertRejected(file, "bad.json:4:13: malformed JSON:");
    }

    [Fact]
    public void Import_WrongFormat_ExitsOne()
    {
        var document = FixtureNode();
        document["format"] = "something-else";

        AssertRejected(Write("format.json", document), "$.format is 'something-else', expected 'iommu-actors-journal'");
    }

    [Fact]
    public void Import_NewerVersion_ExitsOne()
    {
        var document = FixtureNode();
        document["version"] = 2;

        AssertRejected(Write("version.json", document), "$.version is 2; this build reads version 1 or older");
    }

    [Theory]
    [InlineData("info.scenario", "$.runs[0].info.scenario is missing")]
    [InlineData("info.started", "$.runs[0].info.started is missing")]
    [InlineData("run_id", "$.runs[0].run_id is missing")]
    [InlineData("violations", "$.runs[0].violations is missing")]
    public void Import_RunMissingARequiredField_NamesItsPath(string field, string expected)
    {
        var document = FixtureNode();
        var parts = field.Split('.');
        var parent = parts.Length == 1 ? document["runs"]![0]!.AsObject() : document["runs"]![0]![parts[0]]!.AsObject();
        parent.Remove(parts[^1]).ShouldBeTrue();

        AssertRejected(Write("run.json", document), expected);
    }

    [Fact]
    public void Import_LastViolationMissingItsStateHash_WritesNothing()
    {
        // The first runs are valid: a partial import would have written them.
        var document = FixtureNode();
        var last = document["runs"]!.AsArray().Count - 1;
        document["runs"]![last]!["violations"]![0]!.AsObject().Remove("state_hash");

        AssertRejected(Write("violation.json", document), $"$.runs[{last}].violations[0].state_hash is missing");
    }

    [Fact]
    public void Import_SeedThatIsNotAnUnsignedInteger_NamesItsPath()
    {
        var document = FixtureNode();
        document["runs"]![1]!["info"]!["seed"] = "-3";

        AssertRejected(Write("seed.json", document), "$.runs[1].info.seed must be an unsigned 64-bit integer");
    }

    [Fact]
    public void Export_ToAMissingDirectory_ExitsOneWithOneLine()
    {
        var journal = JournalAt("journal.db");
        var file = Path.Combine(_directory, "no", "such", "dir", "export.json");

        var export = CliTester.Run("journal", "export", file, "--journal", journal);

        export.ExitCode.ShouldBe(1);
        CliTester.Lines(export.Stderr).Length.ShouldBe(1);
        export.Stderr.ShouldContain("export.json: cannot write:");
    }

    private static JsonObject FixtureNode() => JsonNode.Parse(File.ReadAllText(Fixture))!.AsObject();

    private static List<JsonNode> WithoutIds(JsonArray runs)
    {
        var copy = runs.Select(r => r!.DeepClone()).ToList();
        foreach (var run in copy)
        {
            run.AsObject().Remove("run_id");
            foreach (var violation in run["violations"]!.AsArray())
            {
                violation!.AsObject().Remove("journal_id");
            }
        }

        return copy;
    }

    private static JsonObject ShowRun(string journal, long runId)
    {
        var show = CliTester.Run("runs", "show", runId.ToString(CultureInfo.InvariantCulture), "--journal", journal, "--json");
        show.ExitCode.ShouldBe(0, show.Stderr);
        return JsonNode.Parse(show.Stdout)!.AsObject();
    }

    private string JournalAt(string name) => "sqlite:" + Path.Combine(_directory, name);

    private string Write(string name, JsonNode document)
    {
        var file = Path.Combine(_directory, name);
        File.WriteAllText(file, document.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        return file;
    }

    /// <summary>The import fails with exit 1 and one stderr line, and the journal's runs are exactly what they were.</summary>
    private void AssertRejected(string file, string expected)
    {
        var journal = JournalAt("existing.db");
        CliTester.Run("explore", "toy:lost-update", "--journal", journal).ExitCode.ShouldBe(2);
        var before = CliTester.Run("runs", "list", "--journal", journal, "--json").Stdout;

        var import = CliTester.Run("journal", "import", file, "--journal", journal);

        import.ExitCode.ShouldBe(1, import.Stdout + import.Stderr);
        import.Stdout.ShouldBeEmpty();
        CliTester.Lines(import.Stderr).Length.ShouldBe(1);
        import.Stderr.ShouldContain(expected);
        CliTester.Run("runs", "list", "--journal", journal, "--json").Stdout.ShouldBe(before);
    }
}
