using IommuActors.Kernel.Topology;
using IommuActors.Kernel.Topology.Generators;
using IommuActors.Scenarios.Parsing;

namespace IommuActors.Scenarios.Loading;

/// <summary>Reads a scenario's <c>generator { kind = …, seed = …, … }</c> block (parts of a mix are such blocks too).</summary>
internal static class GeneratorReader
{
    public static GeneratorSpec Read(Node node)
    {
        var kind = node.String("kind");
        var seed = (ulong)Count(node, "seed", 1, 0, long.MaxValue);
        switch (kind.Value)
        {
            case "apple-soc":
                node.AllowOnly("kind", "seed", "display-darts", "usb", "isp", "extra-devices", "late-percent");
                return new AppleSocGenerator
                {
                    Seed = seed,
                    DisplayDarts = (int)Count(node, "display-darts", 2, 1, 16),
                    Usb = (int)Count(node, "usb", 2, 0, 16),
                    Isp = node.Boolean("isp", true),
                    ExtraDevices = (int)Count(node, "extra-devices", 0, 0, 1000),
                    LatePercent = (int)Count(node, "late-percent", 50, 0, 100),
                };
            case "smmuv3-pcie":
                node.AllowOnly("kind", "seed", "smmus", "root-ports", "devices-per-port", "platform-devices", "ordering");
                return new SmmuPcieGenerator
                {
                    Seed = seed,
                    Smmus = (int)Count(node, "smmus", 2, 1, 64),
                    RootPorts = (int)Count(node, "root-ports", 2, 0, 64),
                    DevicesPerPort = (int)Count(node, "devices-per-port", 2, 0, 32),
                    PlatformDevices = (int)Count(node, "platform-devices", 2, 0, 1000),
                    Ordering = node.OptionalString("ordering") is { } o ? Ordering(o) : PciOrder.Either,
                };
            case "arm32-drm":
                node.AllowOnly("kind", "seed", "family", "crtcs", "other-devices");
                var family = node.OptionalString("family");
                if (family is { } f && f.Value != "rockchip" && f.Value != "exynos")
                {
                    throw ScenarioException.Invalid(f.Origin, f.Path, $"unknown family '{f.Value}' (rockchip | exynos)");
                }

                return new Arm32DrmGenerator
                {
                    Seed = seed,
                    Family = family is { } chosen ? chosen.Value : "rockchip",
                    Crtcs = (int)Count(node, "crtcs", 2, 0, 16),
                    OtherDevices = (int)Count(node, "other-devices", 2, 0, 1000),
                };
            case "mix":
                node.AllowOnly("kind", "seed", "parts");
                var parts = node.ObjectList("parts");
                foreach (var part in parts)
                {
                    var partKind = part.String("kind");
                    if (partKind.Value is not ("apple-soc" or "smmuv3-pcie"))
                    {
                        throw ScenarioException.Invalid(partKind.Origin, partKind.Path, "a mix combines arm64 generators only: apple-soc | smmuv3-pcie");
                    }
                }

                return new MixGenerator { Seed = seed, Parts = [.. parts.Select(Read)] };
            default:
                throw ScenarioException.Invalid(kind.Origin, kind.Path, $"unknown generator '{kind.Value}' (known: {string.Join(" | ", TopologyGenerators.Kinds)})");
        }
    }

    private static long Count(Node node, string key, long fallback, long min, long max)
    {
        var value = node.OptionalInteger(key) ?? fallback;
        return value >= min && value <= max
            ? value
            : throw ScenarioException.Invalid(node.OriginOf(key), node.ChildPath(key), $"must be between {min} and {max}, not {value}");
    }

    private static PciOrder Ordering(Located word) => word.Value switch
    {
        "acpi" => PciOrder.BeforeIommus,
        "dt" => PciOrder.AfterIommus,
        "either" => PciOrder.Either,
        _ => throw ScenarioException.Invalid(word.Origin, word.Path, $"unknown ordering '{word.Value}' (acpi | dt | either)"),
    };
}
