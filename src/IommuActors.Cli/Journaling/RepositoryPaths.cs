namespace IommuActors.Cli.Journaling;

/// <summary>Keeps scenario paths portable: relative to the repository root (the directory holding <c>IommuActors.sln</c>).</summary>
internal static class RepositoryPaths
{
    private const string Marker = "IommuActors.sln";

    /// <summary>The nearest directory at or above <paramref name="start"/> that holds <c>IommuActors.sln</c>, or null.</summary>
    public static string? FindRoot(string start)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, Marker)))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    /// <summary>The path relative to its repository root (with '/') when it lies under one; otherwise unchanged.</summary>
    public static string ToPortable(string sourceFile)
    {
        if (!Path.IsPathRooted(sourceFile))
        {
            return sourceFile.Replace('\\', '/');
        }

        var full = Path.GetFullPath(sourceFile);
        var root = Path.GetDirectoryName(full) is { } directory ? FindRoot(directory) : null;
        if (root is null)
        {
            return sourceFile;
        }

        var relative = Path.GetRelativePath(root, full);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative)
            ? sourceFile
            : relative.Replace('\\', '/');
    }

    /// <summary>
    /// An absolute path for a stored source file: absolute paths are kept; a relative one is tried against the current
    /// directory, then against the repository root above the current directory and above the tool. When no candidate
    /// exists the path resolved against the current directory is returned.
    /// </summary>
    public static string Resolve(string sourceFile)
    {
        if (Path.IsPathRooted(sourceFile))
        {
            return sourceFile;
        }

        var fromCurrent = Path.GetFullPath(sourceFile);
        if (File.Exists(fromCurrent))
        {
            return fromCurrent;
        }

        string?[] roots = [FindRoot(Directory.GetCurrentDirectory()), FindRoot(AppContext.BaseDirectory)];
        foreach (var root in roots.OfType<string>().Distinct(StringComparer.Ordinal))
        {
            var candidate = Path.GetFullPath(Path.Combine(root, sourceFile));
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return fromCurrent;
    }
}
