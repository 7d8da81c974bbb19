using System.Collections.Immutable;
using System.Diagnostics;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace IommuActors.Build.Tests;

/// <summary>
/// Determinism is enforced at build time: eng/BannedSymbols.txt, run through the real BannedApiAnalyzers, rejects each
/// nondeterministic API, and the core projects are built with it.
/// </summary>
public class BannedApiTests
{
    [Theory]
    [InlineData("var r = new System.Random(); r.Next();")]
    [InlineData("var r = System.Random.Shared.Next();")]
    [InlineData("var t = System.DateTime.Now;")]
    [InlineData("var t = System.DateTime.UtcNow;")]
    [InlineData("var t = System.DateTimeOffset.Now;")]
    [InlineData("var t = System.DateTimeOffset.UtcNow;")]
    [InlineData("var g = System.Guid.NewGuid();")]
    [InlineData("System.Threading.Tasks.Task.Run(() => { });")]
    [InlineData("System.Threading.Tasks.Task.Run(() => 1);")]
    [InlineData("System.Threading.Tasks.Task.Run(async () => await System.Threading.Tasks.Task.CompletedTask);")]
    [InlineData("System.Threading.Tasks.Task.Delay(10).Wait();")]
    [InlineData("System.Threading.Tasks.Task.Delay(System.TimeSpan.FromSeconds(1)).Wait();")]
    [InlineData("System.Threading.Thread.Sleep(10);")]
    [InlineData("System.Threading.Thread.Sleep(System.TimeSpan.FromMilliseconds(1));")]
    [InlineData("var n = System.Environment.TickCount64;")]
    [InlineData("using var t = new System.Threading.Timer(_ => { });")]
    public void BannedSymbols_NondeterministicApi_IsRejected(string statement)
    {
        // When
        var diagnostics = Analyze(statement);

        // Then
        diagnostics.ShouldContain(d => d.Id == "RS0030", $"no RS0030 for: {statement}");
    }

    [Fact]
    public void BannedSymbols_DeterministicCode_IsAccepted()
    {
        var diagnostics = Analyze("var xs = new System.Collections.Generic.List<int> { 1 }; var n = xs.Count + System.Math.Max(1, 2);");

        diagnostics.ShouldNotContain(d => d.Id == "RS0030");
    }

    [Theory]
    [InlineData("IommuActors.Runtime")]
    [InlineData("IommuActors.Kernel")]
    [InlineData("IommuActors.Exploration")]
    public void CoreProject_IsBuiltWithTheBanList(string project)
    {
        // When: ask MSBuild how the project is evaluated.
        var output = RunMsBuild(RepoPaths.File("src", project, project + ".csproj"), "-getProperty:BanNondeterminism", "-getItem:AdditionalFiles", "-getItem:PackageReference");

        // Then
        output.ShouldContain("\"BanNondeterminism\": \"true\"");
        output.ShouldContain("BannedSymbols.txt");
        output.ShouldContain("Microsoft.CodeAnalysis.BannedApiAnalyzers");
    }

    private static ImmutableArray<Diagnostic> Analyze(string statement)
    {
        var source = $"class Probe {{ async System.Threading.Tasks.Task M() {{ {statement} await System.Threading.Tasks.Task.CompletedTask; }} }}";
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Select(p => MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create(
            "Probe",
            [CSharpSyntaxTree.ParseText(source)],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ShouldBeEmpty();
        var banned = new TextFile(RepoPaths.File("eng", "BannedSymbols.txt"));
        var options = new AnalyzerOptions([banned]);
        return compilation.WithAnalyzers(LoadAnalyzers(), options).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
    }

    private static ImmutableArray<DiagnosticAnalyzer> LoadAnalyzers()
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "analyzers");
        return [.. Directory.GetFiles(dir, "*.dll")
            .Select(Assembly.LoadFrom)
            .SelectMany(LoadableTypes)
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttributes<DiagnosticAnalyzerAttribute>().Any(x => x.Languages.Contains(LanguageNames.CSharp)))
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)];
    }

    /// <summary>The code-fix types need Roslyn's Workspaces, which is not loaded; the analyzers themselves load fine.</summary>
    private static IEnumerable<Type> LoadableTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException ex)
        {
            return ex.Types.OfType<Type>();
        }
    }

    private static string RunMsBuild(string project, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepoPaths.Root };
        psi.ArgumentList.Add("msbuild");
        psi.ArgumentList.Add(project);
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        using var process = Process.Start(psi)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        process.ExitCode.ShouldBe(0, output);
        return output;
    }

    private sealed class TextFile(string path) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(File.ReadAllText(Path));
    }
}
