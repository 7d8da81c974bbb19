using System.CommandLine;
using IommuActors.Cli.Explore;
using IommuActors.Cli.Journaling;
using IommuActors.Cli.Output;
using IommuActors.Cli.Settings;
using IommuActors.Exploration;
using IommuActors.Journal;
using IommuActors.Kernel;
using IommuActors.Runtime.Hashing;
using IommuActors.Runtime.Scheduling;
using IommuActors.Scenarios;

namespace IommuActors.Cli.Commands;

/// <summary><c>replay ID</c>: bring a journaled violation back, step by step, with its dmesg (exit 2 reproduced, 4 not).</summary>
internal static class ReplayCommand
{
    public static Command Create(GlobalOptions global)
    {
        var id = new Argument<long>("violation-id") { Description = "The violation's journal id (explore prints it; see also 'runs show')" };
        var step = new Option<bool>("--step") { Description = "Print the schedule step by step before the dmesg" };
        var json = CommonOptions.Json("Print one JSON object instead of text");
        var command = new Command("replay", "Replay a journaled violation deterministically (exit 2 when it reproduces, 4 when it does not)") { id, step, json };
        command.SetAction(parseResult =>
        {
            using var session = new JournalSession(new SettingsReader(global.LoadConfig(parseResult), parseResult), parseResult);
            var journal = session.Required;
            var journalId = parseResult.GetRequiredValue(id);
            var (violation, run) = JournaledViolation.Load(journal, journalId);
            var schedule = Schedule.Parse(violation.Schedule, $"violation {journalId}");
            var (replay, dmesg) = Replay(run.Info, schedule);
            var found = replay.Run?.Violation?.Id;
            var reproduced = replay.Followed && found == violation.ViolationId;
            var output = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(json))
            {
                CliJson.Write(
                    new ReplayJson
                    {
                        JournalId = journalId,
                        RunId = run.RunId,
                        Expected = violation.ViolationId,
                        Found = found,
                        Reproduced = reproduced,
                        Divergence = replay.Divergence?.ToString(),
                        StateHash = replay.Run is { } r ? StableHash.Format(r.StateHash) : string.Empty,
                        Dmesg = dmesg,
                    },
                    output);
            }
            else
            {
                Write(output, parseResult.GetValue(step), violation, run.Info, schedule, replay, dmesg, reproduced);
            }

            return (int)(reproduced ? ExitCode.ViolationFound : ExitCode.NotReproduced);
        });
        return command;
    }

    /// <summary>Rebuilds the run's program (scenario file + variant kernel, or a toy) and replays the schedule.</summary>
    private static (ReplayResult Replay, IReadOnlyList<string> Dmesg) Replay(RunInfo info, Schedule schedule)
    {
        if (info.SourceFile is null)
        {
            return (TestingEngine.Replay(ExploreTargets.Resolve(info.Scenario), schedule), []);
        }

        var scenario = ScenarioLoader.Load(info.SourceFile);
        var trace = KernelModel.Trace(scenario.Topology, JournaledViolation.KernelOf(info, $"run of {info.Scenario}"), schedule);
        return (trace.Replay, trace.Dmesg);
    }

    private static void Write(TextWriter output, bool stepByStep, ViolationEntry violation, RunInfo info, Schedule schedule, ReplayResult replay, IReadOnlyList<string> dmesg, bool reproduced)
    {
        output.WriteLine($"replay of violation #{violation.JournalId} ({violation.ViolationId}) from run {violation.RunId}: {info.Scenario} {info.Variant} {info.Kernel} {string.Join(' ', info.Fixes)}");
        if (stepByStep)
        {
            for (var i = 0; i < schedule.Count; i++)
            {
                output.WriteLine($"  {i + 1,4}  {schedule.Steps[i]}");
            }
        }

        foreach (var line in dmesg)
        {
            output.WriteLine("  " + line);
        }

        output.WriteLine(reproduced
            ? $"reproduced: {violation.ViolationId}: {replay.Run!.Violation!.Message}"
            : replay.Divergence is { } divergence
                ? $"not reproduced: {divergence}"
                : $"not reproduced: the replay ended with {replay.Run?.Violation?.Id ?? "no violation"} instead of {violation.ViolationId}");
    }
}
