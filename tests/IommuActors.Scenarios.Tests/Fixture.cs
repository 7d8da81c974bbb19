namespace IommuActors.Scenarios.Tests;

/// <summary>Paths of the scenario files under <c>Fixtures/</c> (read in place from the repository).</summary>
internal static class Fixture
{
    public static string Path(string name) => RepoPaths.File("tests", "IommuActors.Scenarios.Tests", "Fixtures", name);

    public static string Error(string name) => RepoPaths.File("tests", "IommuActors.Scenarios.Tests", "Fixtures", "Errors", name);
}
