using System.Globalization;
using System.Text;

namespace IommuActors.Cli;

/// <summary>Describes <see cref="ExitCode"/> for the root help text.</summary>
internal static class ExitCodes
{
    /// <summary>Gets the exit-code table shown by <c>iommu-actors --help</c>.</summary>
    public static string HelpText
    {
        get
        {
            var text = new StringBuilder("Exit codes:");
            foreach (var code in Enum.GetValues<ExitCode>())
            {
                text.Append('\n').Append(CultureInfo.InvariantCulture, $"  {(int)code}  {Describe(code)}");
            }

            return text.ToString();
        }
    }

    private static string Describe(ExitCode code) => code switch
    {
        ExitCode.Success => "success: nothing wrong was found",
        ExitCode.UsageError => "usage or configuration error",
        ExitCode.ViolationFound => "an exploration found a violation",
        ExitCode.InternalError => "internal error",
        ExitCode.NotReproduced => "replay: the journaled violation did not reproduce",
        _ => code.ToString(),
    };
}
