namespace IommuActors.Tests.Shared;

/// <summary>Finds files of the repository from a test's output directory (source paths are not usable: CI builds map them to /_/).</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string File(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "IommuActors.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("IommuActors.sln not found above " + AppContext.BaseDirectory);
    }
}
