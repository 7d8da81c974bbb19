namespace IommuActors.Cli.Tests;

/// <summary>A HOCON file in a fresh temporary directory, deleted on dispose.</summary>
internal sealed class TempConfig : IDisposable
{
    private readonly string _directory;

    public TempConfig(string text)
    {
        _directory = Path.Combine(Path.GetTempPath(), $"iommu-actors-cli-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_directory);
        FilePath = Path.Combine(_directory, "user.conf");
        File.WriteAllText(FilePath, text);
    }

    public string FilePath { get; }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
