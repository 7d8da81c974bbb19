namespace IommuActors.Scenarios.Tests;

/// <summary>Every scenario shipped in <c>scenarios/</c> loads: the format and the files stay in step.</summary>
public class RepositoryScenarioTests
{
    [Fact]
    public void Load_EveryRepositoryScenario_Succeeds()
    {
        // Given
        var directory = RepoPaths.File("scenarios");
        var files = Directory.Exists(directory) ? Directory.GetFiles(directory, "*.conf", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList() : [];

        // When
        var errors = new List<string>();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            try
            {
                var spec = ScenarioLoader.Load(file);
                if (!names.TryAdd(spec.Name, file))
                {
                    errors.Add($"{file}: scenario name '{spec.Name}' is also used by {names[spec.Name]}");
                }
            }
            catch (ScenarioException ex)
            {
                errors.Add(ex.Message);
            }
        }

        // Then
        errors.ShouldBeEmpty(string.Join("\n", errors));
    }
}
