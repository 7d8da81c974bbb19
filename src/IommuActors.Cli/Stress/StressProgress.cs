using System.Globalization;
using IommuActors.Cli.Journaling;
using IommuActors.Exploration;
using Spectre.Console;

namespace IommuActors.Cli.Stress;

/// <summary>
/// The live display of a stress run: a Spectre.Console progress bar (time or schedules, whichever bound is nearer)
/// with schedules per second and violations so far, shown only on an interactive terminal; elsewhere (CI, pipes,
/// <c>--json</c>) the run is silent until its summary.
/// </summary>
internal static class StressProgress
{
    public static (ExplorationReport Report, IReadOnlyList<MemorySample> Memory) Show(bool json, TextWriter output, StressRun run, Func<StressObserver, ExplorationReport> explore, LiveRunRecorder? recorder)
    {
        var interactive = !json && ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;
        if (!interactive)
        {
            var quiet = new StressObserver(recorder, run.Budget, null);
            return Finish(explore(quiet), quiet);
        }

        (ExplorationReport Report, IReadOnlyList<MemorySample> Memory)? result = null;
        AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn { Width = 20 }, new PercentageColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask(Describe(run, 0, 0, 0, null), maxValue: 1000);
                var observer = new StressObserver(recorder, run.Budget, o =>
                {
                    task.Description = Describe(run, o.Schedules, o.ViolationIds.Count, o.ViolationIds.Distinct().Count(), o.Coverage);
                    task.Value = 1000 * Fraction(run.Budget, o.Schedules);
                });
                result = Finish(explore(observer), observer);
                var report = result.Value.Report;
                var coverage = report.Coverage is { } c ? (c.CoveredCount, c.KnownCount) : observer.Coverage;
                task.Description = Describe(run, report.Schedules, report.ViolationCounts.Values.Sum(), report.ViolationCounts.Count, coverage);
                task.Value = 1000;
            });
        return result!.Value;
    }

    /// <summary>The share of the budget used: elapsed time or schedules, whichever is further along.</summary>
    private static double Fraction(StressBudget budget, long schedules) =>
        Math.Min(1, Math.Max(budget.Elapsed / budget.Duration, (double)schedules / budget.Iterations));

    private static string Describe(StressRun run, long schedules, int violations, int distinct, (int Covered, int Known)? coverage)
    {
        var rate = schedules / Math.Max(0.001, run.Budget.Elapsed.TotalSeconds);
        var covered = coverage is { } c ? string.Create(CultureInfo.InvariantCulture, $" | cov {c.Covered}/{c.Known}") : string.Empty;
        return Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"{schedules:N0} sched | {rate:N0}/s | {violations} viol ({distinct} kinds){covered}"));
    }

    private static (ExplorationReport Report, IReadOnlyList<MemorySample> Memory) Finish(ExplorationReport report, StressObserver observer)
    {
        observer.Memory.Add(MemorySample.Now(observer.Budget, report.Schedules));
        return (report, observer.Memory);
    }
}
