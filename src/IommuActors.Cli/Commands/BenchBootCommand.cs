using System.CommandLine;
using IommuActors.Cli.Bench;
using IommuActors.Cli.Output;
using IommuActors.Cli.Settings;
using IommuActors.Kernel.Versions;

namespace IommuActors.Cli.Commands;

/// <summary><c>bench boot</c>: how long the kernel model takes to boot a generated machine.</summary>
internal static class BenchBootCommand
{
    /// <summary>The kernel booted when <c>--kernel</c> is absent.</summary>
    public const string DefaultKernel = "6.15";

    /// <summary>The boots timed when <c>--iterations</c> is absent.</summary>
    public const int DefaultBoots = 10;

    /// <summary>Creates the command.</summary>
    /// <param name="global">The global options.</param>
    /// <returns>The command.</returns>
    public static Command Create(GlobalOptions global)
    {
        var iommus = new Option<int>("--iommus") { Description = "IOMMU instances (SMMUv3) of the generated machine", HelpName = "N", Required = true };
        var devices = new Option<int>("--devices") { Description = "Client devices of the generated machine", HelpName = "M", Required = true };
        var iterations = new Option<int?>("--iterations") { Description = $"Boots to time, one random schedule each [default: {DefaultBoots}]", HelpName = "K" };
        var seed = CommonOptions.Seed();
        var kernel = new Option<string?>("--kernel") { Description = $"Kernel version to boot [default: {DefaultKernel}]", HelpName = "version" };
        var maxSteps = CommonOptions.MaxSteps();
        var json = CommonOptions.Json("Print one JSON object instead of text");
        var command = new Command("boot", "Boot a generated machine of N IOMMUs and M devices K times; report ms/boot, steps/boot, boots/s")
        {
            iommus, devices, iterations, seed, kernel, maxSteps, json,
        };
        command.SetAction(parseResult =>
        {
            var settings = new SettingsReader(global.LoadConfig(parseResult), parseResult);
            var request = new BootBenchRequest(
                Positive(parseResult.GetValue(iommus), iommus.Name),
                NonNegative(parseResult.GetValue(devices), devices.Name),
                Positive(parseResult.GetValue(iterations) ?? DefaultBoots, iterations.Name),
                settings.Seed(seed, ConfigKeys.Seed, parseResult.InvocationConfiguration.Error),
                Kernel(parseResult.GetValue(kernel) ?? DefaultKernel),
                settings.PositiveInt(maxSteps, ConfigKeys.MaxSteps));
            var result = BootBenchmark.Run(request);
            return CommandOutput.Report(parseResult, json, w => CliJson.Write(BootBenchJson.From(result), w), w => BootBenchText.Write(result, w));
        });
        return command;
    }

    private static int Positive(int value, string name) =>
        value > 0 ? value : throw new UsageException($"{name} must be positive, got {value}.");

    private static int NonNegative(int value, string name) =>
        value >= 0 ? value : throw new UsageException($"{name} must be 0 or positive, got {value}.");

    private static KernelConfig Kernel(string version)
    {
        try
        {
            return KernelConfig.Resolve(version);
        }
        catch (KernelConfigException ex)
        {
            throw new UsageException($"--kernel: {ex.Message}", ex);
        }
    }
}
