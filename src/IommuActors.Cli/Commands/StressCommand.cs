using System.CommandLine;
using IommuActors.Cli.Settings;
using IommuActors.Cli.Stress;

namespace IommuActors.Cli.Commands;

/// <summary><c>iommu-actors stress</c>: hammer a scenario, generator or device tree for a time or a number of schedules.</summary>
internal static class StressCommand
{
    public static Command Create(GlobalOptions global)
    {
        var o = new StressOptions();
        var command = new Command("stress", "Hammer a scenario, a generated topology or a device tree with schedules (controlled) or real threads (concurrent); exit 2 on a violation")
        {
            o.Target, o.Dispatcher, o.Duration, o.Iterations, o.Workers, o.Strategy, o.Fault, o.Seed, o.MaxSteps, o.Junit,
        };
        foreach (var option in o.Scenario.All.Append(o.Json))
        {
            command.Add(option);
        }

        command.SetAction(parseResult =>
        {
            var settings = new SettingsReader(global.LoadConfig(parseResult), parseResult);
            return StressRunner.Run(settings, parseResult, o);
        });
        return command;
    }
}
