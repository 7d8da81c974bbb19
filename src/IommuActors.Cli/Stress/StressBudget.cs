using System.Diagnostics;
using System.Globalization;

namespace IommuActors.Cli.Stress;

/// <summary>A stress run is always bounded in time and in schedules: whichever runs out first ends it.</summary>
internal sealed class StressBudget(TimeSpan duration, int iterations)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    /// <summary>Used when neither bound is given, and as the time cap of a run bounded by --iterations.</summary>
    public static readonly TimeSpan DefaultDuration = TimeSpan.FromSeconds(60);

    public static readonly TimeSpan IterationsTimeCap = TimeSpan.FromHours(1);

    public const int DefaultIterations = 100_000_000;

    public TimeSpan Duration { get; } = duration;

    public int Iterations { get; } = iterations;

    public TimeSpan Elapsed => _clock.Elapsed;

    public bool TimeUp => _clock.Elapsed >= Duration;

    /// <summary>Parses <c>90s</c>, <c>10m</c>, <c>1h</c>, <c>500ms</c> or plain seconds.</summary>
    public static TimeSpan ParseDuration(string text)
    {
        var units = new (string Suffix, double Seconds)[] { ("ms", 0.001), ("s", 1), ("m", 60), ("h", 3600) };
        foreach (var (suffix, seconds) in units)
        {
            if (text.EndsWith(suffix, StringComparison.Ordinal) && double.TryParse(text[..^suffix.Length], NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n > 0)
            {
                return TimeSpan.FromSeconds(n * seconds);
            }
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var plain) && plain > 0
            ? TimeSpan.FromSeconds(plain)
            : throw new UsageException($"--duration: '{text}' is not a positive duration (e.g. 60s, 10m, 1h, 500ms).");
    }
}
