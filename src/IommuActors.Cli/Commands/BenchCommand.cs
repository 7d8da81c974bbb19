using System.CommandLine;
using IommuActors.Cli.Bench;
using IommuActors.Cli.Output;
using IommuActors.Cli.Settings;

namespace IommuActors.Cli.Commands;

/// <summary>
/// <c>bench pingpong</c> (throughput of the runtime on the ping-pong workload), <c>bench scenario</c> and <c>bench boot</c>
/// (throughput of the kernel model), and <c>bench strategies</c> (how fast each strategy finds a scenario's violation).
/// </summary>
internal static class BenchCommand
{
    private const string PingPongKeys = "iommu-actors.bench.pingpong";

    /// <summary>Creates the <c>bench</c> command.</summary>
    /// <param name="global">The global options.</param>
    /// <returns>The command.</returns>
    public static Command Create(GlobalOptions global)
    {
        var bench = new Command("bench", "Measure the throughput of the runtime and of the kernel model");
        bench.Add(CreatePingPong(global));
        bench.Add(BenchScenarioCommand.Create(global));
        bench.Add(BenchBootCommand.Create(global));
        bench.Add(BenchStrategiesCommand.Create(global));
        bench.Add(BenchJournalCommand.Create());
        bench.Add(BenchReportCommand.Create());
        return bench;
    }

    private static Command CreatePingPong(GlobalOptions global)
    {
        var pairs = CommonOptions.Number("--pairs", "P", "Ping-pong pairs", $"{PingPongKeys}.pairs");
        var rounds = CommonOptions.Number("--rounds", "R", "Round trips per pair", $"{PingPongKeys}.rounds");
        var iterations = CommonOptions.Number("--iterations", "N", "Schedules (or concurrent runs) to time; dfs: at most N", $"{PingPongKeys}.iterations");
        var strategy = CommonOptions.Choice("--strategy", "Strategy of the controlled dispatcher; replay re-runs one recorded schedule", ConfigKeys.BenchPingPongStrategy, BenchChoices.Strategies);
        var dispatcher = CommonOptions.Choice("--dispatcher", "controlled: one thread, every step chosen and recorded; concurrent: real threads", ConfigKeys.Dispatcher, BenchChoices.Dispatchers);
        var workers = CommonOptions.Number("--workers", "N", "Worker threads of the concurrent dispatcher, or of parallel controlled random schedules; 0 means one per core", ConfigKeys.Workers);
        var workload = CommonOptions.Choice("--workload", "pingpong: P pairs exchanging R rounds; senders: P senders of R messages each to one receiver", $"{PingPongKeys}.workload", BenchChoices.Workloads);
        var seed = CommonOptions.Seed();
        var maxSteps = CommonOptions.MaxSteps();
        var json = CommonOptions.Json("Print one JSON object instead of text");
        var command = new Command("pingpong", "Time P ping-pong pairs exchanging R rounds, N schedules (each pair delivers 2R+1 messages)")
        {
            pairs, rounds, iterations, strategy, dispatcher, workers, workload, seed, maxSteps, json,
        };
        command.SetAction(parseResult =>
        {
            var settings = new SettingsReader(global.LoadConfig(parseResult), parseResult);
            var dispatcherName = settings.Choice(dispatcher, ConfigKeys.Dispatcher, BenchChoices.Dispatchers);
            var concurrent = dispatcherName == BenchChoices.Concurrent;
            if (concurrent && settings.IsExplicit(strategy))
            {
                throw new UsageException("--strategy applies to the controlled dispatcher only; drop it or use --dispatcher controlled.");
            }

            var request = new PingPongRequest(
                settings.PositiveInt(pairs, $"{PingPongKeys}.pairs"),
                settings.PositiveInt(rounds, $"{PingPongKeys}.rounds"),
                settings.PositiveInt(iterations, $"{PingPongKeys}.iterations"),
                concurrent ? BenchChoices.None : settings.Choice(strategy, ConfigKeys.BenchPingPongStrategy, BenchChoices.Strategies),
                dispatcherName,
                settings.Seed(seed, ConfigKeys.Seed, parseResult.InvocationConfiguration.Error),
                settings.PositiveInt(maxSteps, ConfigKeys.MaxSteps),
                settings.NonNegativeInt(workers, ConfigKeys.Workers),
                settings.Choice(workload, $"{PingPongKeys}.workload", BenchChoices.Workloads));
            var result = PingPongBenchmark.Run(request);
            return CommandOutput.Report(parseResult, json, w => CliJson.Write(BenchJson.From(result), w), w => BenchText.Write(result, w));
        });
        return command;
    }
}
