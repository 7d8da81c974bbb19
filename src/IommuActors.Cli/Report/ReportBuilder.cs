using IommuActors.Cli.Explore;
using IommuActors.Cli.Journaling;
using IommuActors.Exploration;
using IommuActors.Exploration.Minimization;
using IommuActors.Journal;
using IommuActors.Kernel;
using IommuActors.Kernel.Versions;
using IommuActors.Runtime.Scheduling;
using IommuActors.Scenarios;

namespace IommuActors.Cli.Report;

/// <summary>Builds a <see cref="ReportModel"/>: replays the journaled schedule step by step and looks for the nearest passing one.</summary>
internal static class ReportBuilder
{
    public static ReportModel Build(ViolationEntry violation, RunInfo info, bool full, bool diff)
    {
        var text = !full && violation.MinimizedSchedule is { } minimized ? minimized : violation.Schedule;
        var schedule = Schedule.Parse(text, $"violation {violation.JournalId}");
        ActorProgram program;
        KernelTimeline? timeline = null;
        if (info.SourceFile is null)
        {
            program = ExploreTargets.Resolve(info.Scenario);
        }
        else
        {
            var scenario = ScenarioLoader.Load(info.SourceFile);
            var kernel = JournaledViolation.KernelOf(info, $"run of {info.Scenario}");
            program = KernelModel.Build(scenario.Topology, kernel);
            timeline = KernelModel.Timeline(scenario.Topology, kernel, schedule);
        }

        var replay = timeline?.Replay ?? TestingEngine.Replay(program, schedule);
        var steps = Steps(schedule, timeline);
        return new ReportModel
        {
            JournalId = violation.JournalId,
            ViolationId = violation.ViolationId,
            Message = violation.Message,
            Scenario = info.Scenario,
            Variant = info.Variant ?? string.Empty,
            Kernel = string.Join(' ', info.Fixes.Prepend(info.Kernel ?? string.Empty)).Trim(),
            Minimized = !full && violation.MinimizedSchedule is not null,
            Reproduced = replay.Followed && replay.Run!.Violation?.Id == violation.ViolationId,
            Lanes = Lanes(steps),
            Steps = steps,
            SetupDmesg = timeline?.SetupDmesg ?? [],
            Diff = diff ? Diff(program, schedule, info.MaxSteps) : null,
        };
    }

    /// <summary>A report of any schedule of a topology (the report benchmark renders one that did not fail).</summary>
    public static ReportModel FromSchedule(Kernel.Topology.TopologySpec topology, KernelConfig kernel, Schedule schedule, string title)
    {
        var timeline = KernelModel.Timeline(topology, kernel, schedule);
        var steps = Steps(schedule, timeline);
        return new ReportModel
        {
            JournalId = 0,
            ViolationId = title,
            Message = $"{steps.Count} deliveries of {topology.Name}",
            Scenario = topology.Name,
            Variant = "-",
            Kernel = kernel.ToString(),
            Minimized = false,
            Reproduced = timeline.Replay.Followed,
            Lanes = Lanes(steps),
            Steps = steps,
            SetupDmesg = timeline.SetupDmesg,
        };
    }

    private static List<ReportStep> Steps(Schedule schedule, KernelTimeline? timeline)
    {
        var steps = new List<ReportStep>();
        if (timeline is null)
        {
            foreach (var (step, i) in schedule.Steps.Select((s, i) => (s, i)).Where(p => p.s.Kind is StepKind.Deliver or StepKind.Timer))
            {
                steps.Add(new ReportStep(i, step.Kind.ToString(), step.Receiver, step.Sender, step.MessageType, [], [], [], []));
            }

            return steps;
        }

        foreach (var frame in timeline.Frames)
        {
            var step = schedule.Steps[frame.FirstStep];
            var choices = schedule.Steps.Skip(frame.FirstStep + 1).Take(frame.StepCount - 1).Select(c => c.ToString()).ToArray();
            steps.Add(new ReportStep(frame.FirstStep, step.Kind.ToString(), step.Receiver, step.Sender, step.MessageType, choices, frame.Dmesg, frame.Locks, frame.Streams));
        }

        return steps;
    }

    /// <summary>Actors in order of first appearance (receivers and senders); environment events share one lane.</summary>
    private static List<string> Lanes(IEnumerable<ReportStep> steps)
    {
        var lanes = new List<string>();
        foreach (var step in steps)
        {
            foreach (var actor in new[] { LaneOf(step.Sender), LaneOf(step.Receiver) })
            {
                if (!lanes.Contains(actor))
                {
                    lanes.Add(actor);
                }
            }
        }

        return lanes;
    }

    public static string LaneOf(string path) => path.StartsWith("env:", StringComparison.Ordinal) || path.Length == 0 ? "environment" : path;

    private static ReportDiff? Diff(ActorProgram program, Schedule failing, int maxSteps)
    {
        if (NearestPassing.Find(program, failing, maxSteps) is not { } found)
        {
            return null;
        }

        static string[] From(Schedule s, int at) => [.. s.Steps.Skip(at).Take(40).Select(x => x.ToString())];
        return new ReportDiff(found.FirstDifference, found.ChangedSteps, found.Runs, From(failing, found.FirstDifference), From(found.Schedule, found.FirstDifference));
    }
}
