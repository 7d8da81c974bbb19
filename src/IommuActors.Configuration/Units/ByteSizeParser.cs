namespace IommuActors.Configuration.Units;

/// <summary>Parses sizes such as <c>512 KiB</c> or <c>10MB</c>: KB/MB/... are powers of 1000, K/KiB/... powers of 1024.</summary>
internal static class ByteSizeParser
{
    private static readonly Dictionary<string, decimal> BytesPerUnit = BuildUnits();

    public static bool TryParse(string text, out long bytes)
    {
        bytes = 0;
        return UnitNumber.TrySplit(text, out var number, out var unit)
            && BytesPerUnit.TryGetValue(unit, out var factor)
            && UnitNumber.TryScale(number, factor, out bytes);
    }

    private static Dictionary<string, decimal> BuildUnits()
    {
        var units = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var name in new[] { string.Empty, "B", "b", "byte", "bytes" })
        {
            units.Add(name, 1m);
        }

        string[] decimalPrefixes = ["k", "M", "G", "T", "P", "E"];
        string[] decimalWords = ["kilo", "mega", "giga", "tera", "peta", "exa"];
        string[] binaryWords = ["kibi", "mebi", "gibi", "tebi", "pebi", "exbi"];
        decimal thousands = 1m;
        decimal kibis = 1m;
        for (var i = 0; i < decimalPrefixes.Length; i++)
        {
            thousands *= 1000m;
            kibis *= 1024m;
            var upper = decimalPrefixes[i].ToUpperInvariant();
            var lower = decimalPrefixes[i].ToLowerInvariant();
            foreach (var name in new[] { upper + "B", decimalPrefixes[i] + "B", decimalWords[i] + "byte", decimalWords[i] + "bytes" }.Distinct())
            {
                units.Add(name, thousands);
            }

            foreach (var name in new[] { upper, lower, upper + "i", upper + "iB", binaryWords[i] + "byte", binaryWords[i] + "bytes" }.Distinct())
            {
                units.Add(name, kibis);
            }
        }

        return units;
    }
}
