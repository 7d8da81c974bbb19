namespace IommuActors.Cli.Stress;

/// <summary>What a stress run hammers (the scenario loader reads all three kinds).</summary>
internal static class StressTarget
{
    public const string Help = "A scenario file (*.conf), a device tree (*.dts) or a generator: gen:apple-soc | gen:smmuv3-pcie | gen:arm32-drm, with ,key=value parameters (e.g. gen:apple-soc,usb=4,seed=7)";
}
