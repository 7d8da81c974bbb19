namespace IommuActors.Cli;

/// <summary>The process exit codes; <c>--help</c> lists them (see <see cref="ExitCodes.HelpText"/>).</summary>
internal enum ExitCode
{
    /// <summary>The command ran and found nothing wrong.</summary>
    Success = 0,

    /// <summary>The command line or the configuration is invalid.</summary>
    UsageError = 1,

    /// <summary>An exploration found an invariant violation.</summary>
    ViolationFound = 2,

    /// <summary>The tool itself failed.</summary>
    InternalError = 3,

    /// <summary>A journaled violation did not reproduce when replayed.</summary>
    NotReproduced = 4,
}
