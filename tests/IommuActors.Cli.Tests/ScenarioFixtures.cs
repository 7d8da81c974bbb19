namespace IommuActors.Cli.Tests;

/// <summary>The scenario files of IommuActors.Scenarios.Tests, shared with these tests.</summary>
internal static class ScenarioFixtures
{
    public static string Valid(string name) => RepoPaths.File("tests", "IommuActors.Scenarios.Tests", "Fixtures", name);

    public static string Error(string name) => RepoPaths.File("tests", "IommuActors.Scenarios.Tests", "Fixtures", "Errors", name);
}
