namespace IommuActors.Configuration.Units;

/// <summary>Parses durations such as <c>250 ms</c>, <c>10s</c> or <c>2 minutes</c>; a bare number means milliseconds.</summary>
internal static class DurationParser
{
    private static readonly Dictionary<string, decimal> TicksPerUnit = BuildUnits();

    public static bool TryParse(string text, out TimeSpan duration)
    {
        duration = default;
        if (!UnitNumber.TrySplit(text, out var number, out var unit)
            || !TicksPerUnit.TryGetValue(unit, out var factor)
            || !UnitNumber.TryScale(number, factor, out var ticks))
        {
            return false;
        }

        duration = TimeSpan.FromTicks(ticks);
        return true;
    }

    private static Dictionary<string, decimal> BuildUnits()
    {
        var units = new Dictionary<string, decimal>(StringComparer.Ordinal);
        Add(units, 0.01m, "ns", "nano", "nanos", "nanosecond", "nanoseconds");
        Add(units, 10m, "us", "µs", "micro", "micros", "microsecond", "microseconds");
        Add(units, TimeSpan.TicksPerMillisecond, string.Empty, "ms", "milli", "millis", "millisecond", "milliseconds");
        Add(units, TimeSpan.TicksPerSecond, "s", "second", "seconds");
        Add(units, TimeSpan.TicksPerMinute, "m", "minute", "minutes");
        Add(units, TimeSpan.TicksPerHour, "h", "hour", "hours");
        Add(units, TimeSpan.TicksPerDay, "d", "day", "days");
        return units;
    }

    private static void Add(Dictionary<string, decimal> units, decimal factor, params string[] names)
    {
        foreach (var name in names)
        {
            units.Add(name, factor);
        }
    }
}
