namespace IommuActors.Cli;

/// <summary>A command-line or setting value the tool cannot use; reported as one line with exit code 1.</summary>
internal sealed class UsageException : Exception
{
    public UsageException(string message)
        : base(message)
    {
    }

    public UsageException()
    {
    }

    public UsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
