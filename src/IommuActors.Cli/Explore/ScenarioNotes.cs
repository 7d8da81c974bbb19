using IommuActors.Scenarios;

namespace IommuActors.Cli.Explore;

/// <summary>Prints what loading a scenario skipped or guessed (device-tree import), one <c>note:</c> line each, on stderr.</summary>
internal static class ScenarioNotes
{
    public static void Write(ScenarioSpec scenario, TextWriter error)
    {
        foreach (var note in scenario.Notes)
        {
            error.WriteLine($"note: {note}");
        }
    }
}
