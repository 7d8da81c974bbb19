using System.CommandLine;
using System.Globalization;
using IommuActors.Cli.Bench;

namespace IommuActors.Cli.Commands;

/// <summary><c>bench report</c>: DOMContentLoaded of an N-delivery report in headless Chromium.</summary>
internal static class BenchReportCommand
{
    public static Command Create()
    {
        var steps = new Option<int?>("--steps") { HelpName = "N", Description = "Deliveries in the reported schedule [default: 1000]" };
        var repeat = new Option<int?>("--repeat") { HelpName = "K", Description = "Page loads to time [default: 5]" };
        var command = new Command("report", "Time how fast an N-delivery report opens (DOMContentLoaded) in headless Chromium (chromium, or $CHROMIUM)") { steps, repeat };
        command.SetAction(parseResult =>
        {
            var n = CommonOptions.Positive(parseResult, steps, 1000);
            var k = CommonOptions.Positive(parseResult, repeat, 5);
            var (deliveries, bytes, times) = ReportBenchmark.Run(n, k);
            var sorted = times.Order().ToArray();
            var output = parseResult.InvocationConfiguration.Output;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"report of {deliveries} deliveries, {bytes / 1024.0:0} KiB: DOMContentLoaded median {sorted[sorted.Length / 2]} ms, max {sorted[^1]} ms over {k} loads ({string.Join(", ", times)} ms)"));
            return (int)ExitCode.Success;
        });
        return command;
    }
}
