using System.Diagnostics;
using System.Text.RegularExpressions;

namespace IommuActors.Cli.Report;

/// <summary>
/// Runs Debian's chromium headless on a local page (<c>--headless --no-sandbox --disable-gpu</c>): the DOM after load
/// (what the page's script recorded on &lt;body&gt;), the console messages it logged, and screenshots.
/// <c>$CHROMIUM</c> overrides the binary (default <c>chromium</c>).
/// </summary>
internal static partial class HeadlessChromium
{
    public static string Binary => Environment.GetEnvironmentVariable("CHROMIUM") is { Length: > 0 } path ? path : "chromium";

    /// <summary>Loads <paramref name="page"/> and returns the DOM after load and the page's console lines (stderr lines Chromium tags CONSOLE).</summary>
    public static (string Dom, IReadOnlyList<string> Console) Load(string page, int width = 1400, int height = 900)
    {
        var (stdout, stderr) = Run(page, width, height, "--dump-dom", "--enable-logging=stderr", "--v=0");
        var console = stderr.Split('\n').Where(l => l.Contains("CONSOLE", StringComparison.Ordinal) || l.Contains("Uncaught", StringComparison.Ordinal)).ToArray();
        return (stdout, console);
    }

    /// <summary>Takes a PNG screenshot of <paramref name="page"/>.</summary>
    public static void Screenshot(string page, string png, int width = 1400, int height = 900) => Run(page, width, height, $"--screenshot={png}");

    /// <summary>Reads <c>data-NAME</c> from the &lt;body&gt; tag of a dumped DOM.</summary>
    public static string? BodyData(string dom, string name)
    {
        var body = BodyTag().Match(dom);
        var attribute = Regex.Match(body.Value, $"data-{Regex.Escape(name)}=\"([^\"]*)\"");
        return attribute.Success ? attribute.Groups[1].Value : null;
    }

    private static (string Stdout, string Stderr) Run(string page, int width, int height, params string[] extra)
    {
        // A profile of its own per run, removed afterwards: runs do not share state, and nothing is left behind.
        var profile = Directory.CreateTempSubdirectory("iommu-actors-chromium-").FullName;
        try
        {
            var start = new ProcessStartInfo(Binary) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var arg in new[] { "--headless", "--no-sandbox", "--disable-gpu", $"--window-size={width},{height}", "--virtual-time-budget=3000", "--user-data-dir=" + profile }.Concat(extra))
            {
                start.ArgumentList.Add(arg);
            }

            start.ArgumentList.Add(new Uri(Path.GetFullPath(page)).AbsoluteUri);
            using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {Binary}");
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(60_000))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{Binary} did not finish within 60 s on {page}");
            }

            return (stdout, stderr.Result);
        }
        finally
        {
            Directory.Delete(profile, recursive: true);
        }
    }

    [GeneratedRegex("<body[^>]*>")]
    private static partial Regex BodyTag();
}
