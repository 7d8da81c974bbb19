using System.CommandLine;
using IommuActors.Kernel.Versions;
using IommuActors.Scenarios;

namespace IommuActors.Cli.Commands;

/// <summary><c>--variant</c>, <c>--kernel</c>, <c>--fix</c> and <c>--without-fix</c>: which variant of a scenario, on which kernel.</summary>
internal sealed class ScenarioOptions
{
    /// <summary>Gets <c>--variant NAME</c>.</summary>
    public Option<string?> Variant { get; } = new("--variant")
    {
        Description = "Scenario variant to run [default: the first one the scenario declares]",
        HelpName = "name",
    };

    /// <summary>Gets <c>--kernel V</c>.</summary>
    public Option<string?> Kernel { get; } = new("--kernel")
    {
        Description = "Kernel version to boot instead of the variant's (see 'iommu-actors kernels')",
        HelpName = "version",
    };

    /// <summary>Gets <c>--fix ID</c>.</summary>
    public Option<string[]> Fix { get; } = new("--fix")
    {
        Description = "Add a kernel change (switch name or commit id) on top of the variant's kernel; repeatable",
        HelpName = "id",
    };

    /// <summary>Gets <c>--without-fix ID</c>.</summary>
    public Option<string[]> WithoutFix { get; } = new("--without-fix")
    {
        Description = "Remove a kernel change from the variant's kernel; repeatable",
        HelpName = "id",
    };

    /// <summary>Gets the options, in help order.</summary>
    public IEnumerable<Option> All => [Variant, Kernel, Fix, WithoutFix];

    /// <summary>Names the first of these options the command line set, for targets that are not scenarios.</summary>
    /// <param name="parseResult">The parse result.</param>
    /// <returns>The option name, or null.</returns>
    public string? FirstGiven(ParseResult parseResult) =>
        All.FirstOrDefault(o => parseResult.GetResult(o) is { Implicit: false })?.Name;

    /// <summary>Picks the variant: <c>--variant</c>, else the first declared.</summary>
    /// <param name="parseResult">The parse result.</param>
    /// <param name="scenario">The scenario.</param>
    /// <returns>The variant.</returns>
    /// <exception cref="UsageException">The scenario has no such variant.</exception>
    public VariantSpec SelectVariant(ParseResult parseResult, ScenarioSpec scenario)
    {
        if (parseResult.GetValue(Variant) is not { } name)
        {
            return scenario.DefaultVariant;
        }

        return scenario.FindVariant(name)
            ?? throw new UsageException($"--variant: scenario '{scenario.Name}' ({scenario.SourceFile}) has no variant '{name}'; "
                + $"its variants are: {string.Join(", ", scenario.Variants.Select(v => v.Name))}.");
    }

    /// <summary>Resolves the kernel: the variant's, with <c>--kernel</c>, <c>--fix</c> and <c>--without-fix</c> applied.</summary>
    /// <param name="parseResult">The parse result.</param>
    /// <param name="variant">The variant.</param>
    /// <returns>The kernel.</returns>
    /// <exception cref="UsageException">An unknown version or switch on the command line.</exception>
    public KernelConfig ResolveKernel(ParseResult parseResult, VariantSpec variant)
    {
        var version = parseResult.GetValue(Kernel);
        var fixes = parseResult.GetValue(Fix) ?? [];
        var withoutFixes = parseResult.GetValue(WithoutFix) ?? [];
        try
        {
            return variant.ResolveKernel(version, fixes, withoutFixes);
        }
        catch (KernelConfigException ex)
        {
            var option = version is not null && KernelCatalog.FindVersion(version) is null ? Kernel.Name
                : fixes.Contains(ex.Value, StringComparer.Ordinal) ? Fix.Name
                : WithoutFix.Name;
            throw new UsageException($"{option}: {ex.Message}", ex);
        }
    }
}
