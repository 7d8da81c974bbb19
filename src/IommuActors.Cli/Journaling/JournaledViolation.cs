using IommuActors.Journal;
using IommuActors.Kernel.Versions;

namespace IommuActors.Cli.Journaling;

/// <summary>A journaled violation with the run that found it, and the kernel that run booted (for replay and report).</summary>
internal static class JournaledViolation
{
    public static (ViolationEntry Violation, RunEntry Run) Load(IRunJournal journal, long journalId)
    {
        var violation = journal.GetViolationAsync(journalId, CancellationToken.None).GetAwaiter().GetResult()
            ?? throw new UsageException($"no violation {journalId} in {journal.Description}.");
        var run = journal.GetRunAsync(violation.RunId, CancellationToken.None).GetAwaiter().GetResult()
            ?? throw new UsageException($"violation {journalId} names run {violation.RunId}, which is not in {journal.Description}.");
        return (violation, run);
    }

    /// <summary>The kernel a journaled run booted: its version plus the changes it added (+) and removed (-).</summary>
    public static KernelConfig KernelOf(RunInfo info, string what) => KernelConfig.Resolve(
        info.Kernel ?? throw new UsageException($"{what} has no kernel recorded."),
        info.Fixes.Where(f => f.StartsWith('+')).Select(f => f[1..]),
        info.Fixes.Where(f => f.StartsWith('-')).Select(f => f[1..]));
}
