using IommuActors.Cli.Journaling;
using IommuActors.Exploration;

namespace IommuActors.Cli.Report;

/// <summary>Writes <c>--junit FILE</c> when it was given; journal ids go into the failures' replay commands.</summary>
internal static class JunitFile
{
    public static void Write(string? path, string scenario, string variant, string kernel, ExplorationReport report, double seconds, LiveRunRecorder? recorder)
    {
        if (path is null)
        {
            return;
        }

        try
        {
            JUnitReport.Write(path, scenario, variant, kernel, report, seconds, v => recorder?.JournalIdOf(v.ScheduleIndex, v.Violation.Id));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"--junit: cannot write {path}: {ex.Message}");
        }
    }
}
