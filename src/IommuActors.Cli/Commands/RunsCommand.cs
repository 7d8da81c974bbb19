using System.CommandLine;
using System.Globalization;
using IommuActors.Cli.Journaling;
using IommuActors.Cli.Output;
using IommuActors.Cli.Settings;

namespace IommuActors.Cli.Commands;

/// <summary><c>runs list</c> and <c>runs show RUN</c>: what the journal holds.</summary>
internal static class RunsCommand
{
    public static Command Create(GlobalOptions global)
    {
        var runs = new Command("runs", "List and show journaled runs");
        var listJson = CommonOptions.Json("Print one JSON array instead of text");
        var list = new Command("list", "List journaled runs, newest first") { listJson };
        list.SetAction(parseResult =>
        {
            using var session = new JournalSession(new SettingsReader(global.LoadConfig(parseResult), parseResult), parseResult);
            var entries = session.Required.ListRunsAsync(CancellationToken.None).GetAwaiter().GetResult();
            var output = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(listJson))
            {
                CliJson.Write(entries.Select(RunJson.From).ToList(), output);
            }
            else
            {
                output.WriteLine($"{"run",5}  {"started",-20} {"scenario",-28} {"variant",-16} {"kernel",-8} {"schedules",10} {"violations",10}");
                foreach (var e in entries)
                {
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{e.RunId,5}  {e.Info.Started:yyyy-MM-dd HH:mm:ss}  {e.Info.Scenario,-28} {e.Info.Variant ?? "-",-16} {e.Info.Kernel ?? "-",-8} {e.Summary?.Schedules ?? e.Progress?.Schedules ?? 0,10} {e.Summary?.Violations.ToString(CultureInfo.InvariantCulture) ?? "running",10}"));
                }
            }

            return (int)ExitCode.Success;
        });
        runs.Add(list);

        var runId = new Argument<long>("run") { Description = "The run id (see 'runs list')" };
        var showJson = CommonOptions.Json("Print one JSON object instead of text");
        var show = new Command("show", "Show one run and its violations") { runId, showJson };
        show.SetAction(parseResult =>
        {
            using var session = new JournalSession(new SettingsReader(global.LoadConfig(parseResult), parseResult), parseResult);
            var id = parseResult.GetRequiredValue(runId);
            var entry = session.Required.GetRunAsync(id, CancellationToken.None).GetAwaiter().GetResult()
                ?? throw new UsageException($"no run {id} in {session.Required.Description}.");
            var violations = session.Required.GetViolationsAsync(id, CancellationToken.None).GetAwaiter().GetResult();
            var output = parseResult.InvocationConfiguration.Output;
            var coverage = entry.Summary?.CoverageJson is { } text ? CliJson.ReadCoverage(text, $"run {id}") : null;
            if (parseResult.GetValue(showJson))
            {
                CliJson.Write(RunJson.From(entry) with { Violations = [.. violations.Select(v => new RunViolationJson(v.JournalId, v.ViolationId, v.Message, v.ScheduleIndex, v.Verdict))], Coverage = coverage }, output);
            }
            else
            {
                output.WriteLine($"run {entry.RunId}: {entry.Info.Scenario} {entry.Info.Variant} {entry.Info.Kernel} {string.Join(' ', entry.Info.Fixes)}");
                output.WriteLine($"  strategy {entry.Info.Strategy}, seed {entry.Info.Seed}, started {entry.Info.Started:u}, tool {entry.Info.ToolVersion}");
                output.WriteLine($"  schedules {entry.Summary?.Schedules ?? entry.Progress?.Schedules ?? 0}, exhaustive {(entry.Summary?.Exhaustive == true ? "yes" : "no")}, violations {violations.Count}");
                if (coverage is not null)
                {
                    output.WriteLine($"  coverage {coverage.CoveredTriples} of {coverage.KnownTriples} (actor, state, message) triples; {coverage.RacingPairs} racing pairs, {coverage.RacingPairsInBothOrders} in both orders");
                }

                foreach (var v in violations)
                {
                    output.WriteLine($"  #{v.JournalId} {v.ViolationId}: {v.Message}");
                }
            }

            return (int)ExitCode.Success;
        });
        runs.Add(show);
        return runs;
    }
}
