using System.Globalization;
using System.Text.Json;

namespace IommuActors.Cli.Tests;

/// <summary>
/// <c>Fixtures/journal/seed-scenarios.json</c> was exported from a journal of <c>explore</c> runs of every buggy seed
/// variant and <c>toy:lost-update</c>; every later build must import it and replay each violation to the same id and
/// state hash.
/// </summary>
public sealed class JournalFixtureTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "iommu-actors-cli-fixture-" + Environment.ProcessId + "-" + Guid.NewGuid().ToString("N"));

    private static string Fixture => RepoPaths.File("tests", "IommuActors.Cli.Tests", "Fixtures", "journal", "seed-scenarios.json");

    private string Journal => "sqlite:" + Path.Combine(_directory, "journal.db");

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public void Fixture_CoversEveryBuggySeedVariantAndTheToy_WithoutMachinePaths()
    {
        using var fixture = JsonDocument.Parse(File.ReadAllText(Fixture));
        var root = fixture.RootElement;
        root.GetProperty("format").GetString().ShouldBe("iommu-actors-journal");
        root.GetProperty("version").GetInt32().ShouldBe(1);
        var runs = root.GetProperty("runs").EnumerateArray().ToList();
        // The seed scenarios: the ones started from a mailing-list thread (their header names the seed).
        var scenarios = Directory.GetFiles(RepoPaths.File("scenarios"), "*.conf")
            .Where(f => File.ReadLines(f).First().StartsWith("# Seed ", StringComparison.Ordinal))
            .Select(f => "scenarios/" + Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList();
        scenarios.Count.ShouldBe(5);

        runs.Select(r => r.GetProperty("info").GetProperty("source_file").GetString()).OfType<string>().Order(StringComparer.Ordinal).ToList().ShouldBe(scenarios);
        runs.Where(r => r.GetProperty("info").GetProperty("source_file").ValueKind == JsonValueKind.String)
            .ShouldAllBe(r => r.GetProperty("info").GetProperty("variant").GetString() == "buggy");
        runs.ShouldContain(r => r.GetProperty("info").GetProperty("scenario").GetString() == "toy:lost-update");
        runs.ShouldAllBe(r => r.GetProperty("violations").GetArrayLength() > 0);
        File.ReadAllText(Fixture).ShouldNotContain(RepoPaths.Root);
    }

    [Fact]
    public void Fixture_ImportedIntoAFreshJournal_EveryViolationReplaysToTheRecordedIdAndStateHash()
    {
        // Given: the fixture imported into an empty journal.
        var import = CliTester.Run("journal", "import", Fixture, "--journal", Journal);
        import.ExitCode.ShouldBe(0, import.Stderr);
        var mapping = CliTester.Lines(import.Stdout)
            .Where(line => line.StartsWith("violation ", StringComparison.Ordinal))
            .Select(line => line["violation ".Length..].Split(" -> "))
            .ToDictionary(pair => long.Parse(pair[0], CultureInfo.InvariantCulture), pair => pair[1]);
        using var fixture = JsonDocument.Parse(File.ReadAllText(Fixture));
        var recorded = fixture.RootElement.GetProperty("runs").EnumerateArray().SelectMany(r => r.GetProperty("violations").EnumerateArray()).ToList();
        recorded.Count.ShouldBe(mapping.Count);

        foreach (var violation in recorded)
        {
            // When
            var newId = mapping[violation.GetProperty("journal_id").GetInt64()];
            var replay = CliTester.Run("replay", newId, "--journal", Journal, "--json");

            // Then
            var expected = violation.GetProperty("violation_id").GetString();
            replay.ExitCode.ShouldBe(2, $"{expected}: {replay.Stderr}");
            var result = JsonDocument.Parse(replay.Stdout).RootElement;
            result.GetProperty("found").GetString().ShouldBe(expected);
            result.GetProperty("state_hash").GetString().ShouldBe(violation.GetProperty("state_hash").GetString(), expected);
        }
    }
}
