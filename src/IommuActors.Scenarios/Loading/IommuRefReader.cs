using System.Globalization;
using IommuActors.Kernel.Topology;
using IommuActors.Scenarios.Parsing;

namespace IommuActors.Scenarios.Loading;

/// <summary>Reads a device's <c>iommus</c> entries: <c>"name:stream"</c> or <c>{ iommu = name, stream = N }</c>.</summary>
internal static class IommuRefReader
{
    /// <summary>Reads one entry.</summary>
    /// <returns>The reference and its located IOMMU name.</returns>
    public static (IommuRef Ref, Located Iommu) Read(ListItem item)
    {
        if (item.Object is { } obj)
        {
            obj.AllowOnly("iommu", "stream");
            var name = obj.String("iommu");
            obj.Require("stream");
            var stream = obj.String("stream");
            return TryParseStream(stream.Value, out var id)
                ? (new IommuRef(name.Value, id), name)
                : throw ScenarioException.Invalid(stream.Origin, stream.Path, $"malformed stream id '{stream.Value}': expected an integer of 0 or more");
        }

        var text = item.AsText();
        var colon = text.Value.LastIndexOf(':');
        if (colon <= 0 || !TryParseStream(text.Value[(colon + 1)..], out var streamId))
        {
            throw ScenarioException.MalformedIommuRef(text.Origin, text.Path, text.Value);
        }

        var iommu = text.Value[..colon].Trim();
        return (new IommuRef(iommu, streamId), text with { Value = iommu });
    }

    /// <summary>Parses a decimal or <c>0x</c> hexadecimal stream id.</summary>
    private static bool TryParseStream(string text, out int id)
    {
        text = text.Trim();
        return text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            ? int.TryParse(text.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out id) && id >= 0
            : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out id);
    }
}
