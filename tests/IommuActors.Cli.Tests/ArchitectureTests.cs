using System.Reflection;
using IommuActors.Exploration;
using IommuActors.Runtime;

namespace IommuActors.Cli.Tests;

/// <summary>Dependencies point one way: Runtime at the bottom; the explorer never knows the kernel model; the model never knows scenarios, configuration or the CLI.</summary>
public class ArchitectureTests
{
    private static readonly Assembly Runtime = typeof(ActorSystem).Assembly;
    private static readonly Assembly Exploration = typeof(TestingEngine).Assembly;
    private static readonly Assembly Kernel = Assembly.Load("IommuActors.Kernel");

    [Fact]
    public void Runtime_references_only_the_framework()
    {
        var names = References(Runtime);

        names.ShouldAllBe(name => name.StartsWith("System", StringComparison.Ordinal)
            || name.StartsWith("Microsoft.", StringComparison.Ordinal)
            || name == "netstandard"
            || name == "mscorlib");
        names.ShouldNotContain(name => name.StartsWith("IommuActors", StringComparison.Ordinal));
    }

    [Fact]
    public void Exploration_does_not_reference_the_kernel() =>
        References(Exploration).ShouldNotContain("IommuActors.Kernel");

    [Fact]
    public void Kernel_does_not_reference_the_layers_above_it() =>
        References(Kernel).ShouldNotContain(name => name.StartsWith("IommuActors.Scenarios", StringComparison.Ordinal) || name.StartsWith("IommuActors.Cli", StringComparison.Ordinal) || name.StartsWith("IommuActors.Configuration", StringComparison.Ordinal));

    private static string[] References(Assembly assembly) =>
        [.. assembly.GetReferencedAssemblies().Select(reference => reference.Name ?? string.Empty)];
}
