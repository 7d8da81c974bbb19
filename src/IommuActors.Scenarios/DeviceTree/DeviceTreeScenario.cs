using System.Diagnostics;
using IommuActors.Scenarios.DeviceTree;

namespace IommuActors.Scenarios;

/// <summary>
/// Loads a device-tree source file as a scenario: after the C preprocessor when it uses <c>#include</c> or
/// <c>#define</c> (as the kernel's dtc rule does), parsed, mapped to a topology; one variant, mainline, which
/// <c>--kernel</c> overrides. Malformed input fails with <c>file:line:col</c>.
/// </summary>
public static class DeviceTreeScenario
{
    /// <summary>Loads <paramref name="path"/>.</summary>
    /// <param name="path">A <c>.dts</c> file.</param>
    /// <returns>The scenario; <see cref="ScenarioSpec.Notes"/> lists what was skipped or guessed.</returns>
    /// <exception cref="ScenarioException">The file is missing, cpp fails, or the source is malformed.</exception>
    public static ScenarioSpec Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            throw ScenarioException.DeviceTree(new Configuration.ConfigOrigin(path, 0, 0), "device-tree file not found");
        }

        var text = File.ReadAllText(path);
        if (text.Contains("#include", StringComparison.Ordinal) || text.Contains("#define", StringComparison.Ordinal))
        {
            text = Preprocess(path);
        }

        var (root, labels) = DtsReader.Read(text, path);
        var name = Path.GetFileNameWithoutExtension(path);
        var (topology, notes) = DeviceTreeTopology.Build(root, labels, name);
        return new ScenarioSpec
        {
            Name = name,
            Description = $"imported from {path}",
            SourceFile = path,
            Topology = topology,
            Variants = [new VariantSpec("mainline", "6.15", [], [], [], "device tree: pick a kernel with --kernel")],
            Notes = [.. notes],
        };
    }

    /// <summary>cpp -nostdinc -undef -x assembler-with-cpp, with the file's directory on the include path (scripts/Makefile.lib's dtc_cpp_flags).</summary>
    private static string Preprocess(string path)
    {
        var start = new ProcessStartInfo("cpp")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "-nostdinc", "-undef", "-D__DTS__", "-x", "assembler-with-cpp", "-I", Path.GetDirectoryName(Path.GetFullPath(path))!, path })
        {
            start.ArgumentList.Add(arg);
        }

        try
        {
            using var cpp = Process.Start(start)!;
            var stderr = cpp.StandardError.ReadToEndAsync();
            var output = cpp.StandardOutput.ReadToEnd();
            cpp.WaitForExit();
            return cpp.ExitCode == 0
                ? output
                : throw ScenarioException.DeviceTree(new Configuration.ConfigOrigin(path, 0, 0), $"the C preprocessor failed: {stderr.Result.Trim()}");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw ScenarioException.DeviceTree(new Configuration.ConfigOrigin(path, 0, 0), $"the file uses #include/#define but cpp could not be run: {ex.Message}");
        }
    }
}
