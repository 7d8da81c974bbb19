namespace IommuActors.Configuration.Tests;

/// <summary>Finds files of the repository (the hocon folder) from the test output directory.</summary>
internal static class RepoFiles
{
    public static string Hocon(string fileName)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "hocon", fileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"hocon/{fileName} not found above {AppContext.BaseDirectory}");
    }
}
