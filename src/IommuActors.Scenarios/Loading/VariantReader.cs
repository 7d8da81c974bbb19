using System.Collections.Immutable;
using IommuActors.Kernel;
using IommuActors.Kernel.Versions;
using IommuActors.Scenarios.Parsing;

namespace IommuActors.Scenarios.Loading;

/// <summary>
/// Reads <c>variants { name { kernel = …, fixes = […], without-fixes = […], expect = […], note = … } … }</c>, or the
/// same as a list of objects with a <c>name</c>, and checks each kernel against the catalog.
/// </summary>
internal static class VariantReader
{
    private static readonly string[] Keys = ["kernel", "fixes", "without-fixes", "expect", "note"];

    public static ImmutableArray<VariantSpec> Read(Node scenario)
    {
        if (!scenario.Has("variants"))
        {
            throw ScenarioException.NoVariants(scenario.Origin, scenario.Path);
        }

        var variants = scenario.IsObject("variants") ? ReadObject(scenario.Object("variants")) : ReadList(scenario);
        return variants.Length > 0 ? variants : throw ScenarioException.NoVariants(scenario.OriginOf("variants"), scenario.ChildPath("variants"));
    }

    private static ImmutableArray<VariantSpec> ReadList(Node scenario)
    {
        var nodes = scenario.ObjectList("variants");
        var seen = new Dictionary<string, Located>(StringComparer.Ordinal);
        var result = ImmutableArray.CreateBuilder<VariantSpec>();
        foreach (var node in nodes)
        {
            var name = node.String("name");
            if (!seen.TryAdd(name.Value, name))
            {
                throw ScenarioException.Duplicate(name.Origin, name.Path, "variant", name.Value, seen[name.Value].Origin);
            }

            result.Add(ReadVariant(name.Value, node, inList: true));
        }

        return result.ToImmutable();
    }

    private static ImmutableArray<VariantSpec> ReadObject(Node variants)
    {
        RejectDuplicateBlocks(variants);
        var result = ImmutableArray.CreateBuilder<VariantSpec>();
        Collect(variants, string.Empty, result);
        return result.ToImmutable();
    }

    /// <summary>
    /// HOCON reads an unquoted <c>v6.11 { … }</c> as <c>v6 { 11 { … } }</c>, so a block without <c>kernel</c> whose
    /// fields are all blocks is a variant name split at its dots: join it back.
    /// </summary>
    private static void Collect(Node parent, string prefix, ImmutableArray<VariantSpec>.Builder result)
    {
        foreach (var key in parent.Keys)
        {
            var node = parent.Object(key);
            if (node.Keys.Count > 0 && !node.Has("kernel") && node.Keys.All(node.IsObject))
            {
                Collect(node, $"{prefix}{key}.", result);
            }
            else
            {
                result.Add(ReadVariant(prefix + key, node, inList: false));
            }
        }
    }

    /// <summary>HOCON merges two blocks of the same name silently; a scenario means two variants by them, so reject it.</summary>
    private static void RejectDuplicateBlocks(Node variants)
    {
        var source = variants.Source;
        if (source.OffsetOf(variants.Origin) is not { } open || ObjectLocator.Fields(source.Text, open) is not { } fields)
        {
            return;
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var field in fields.Where(f => f.IsBlock))
        {
            if (!seen.TryAdd(field.Key, field.Start))
            {
                throw ScenarioException.Duplicate(
                    source.OriginAt(field.Start), variants.ChildPath(field.Key), "variant", field.Key, source.OriginAt(seen[field.Key]));
            }
        }
    }

    private static VariantSpec ReadVariant(string name, Node node, bool inList)
    {
        node.AllowOnly(inList ? ["name", .. Keys] : Keys);
        var kernel = node.String("kernel");
        var fixes = node.StringList("fixes");
        var withoutFixes = node.StringList("without-fixes");
        node.Require("expect");
        var expect = node.StringList("expect");
        CheckKernel(kernel, fixes, withoutFixes);
        foreach (var id in expect.Where(e => !KernelModel.ViolationIds.Contains(e.Value, StringComparer.Ordinal)))
        {
            throw ScenarioException.UnknownWord(id.Origin, id.Path, "violation id", id.Value, KernelModel.ViolationIds);
        }

        return new VariantSpec(
            name,
            kernel.Value,
            [.. fixes.Select(f => f.Value)],
            [.. withoutFixes.Select(f => f.Value)],
            [.. expect.Select(e => e.Value)],
            node.OptionalString("note")?.Value);
    }

    private static void CheckKernel(Located kernel, IReadOnlyList<Located> fixes, IReadOnlyList<Located> withoutFixes)
    {
        try
        {
            _ = KernelConfig.Resolve(kernel.Value, fixes.Select(f => f.Value), withoutFixes.Select(f => f.Value));
        }
        catch (KernelConfigException ex)
        {
            var at = KernelCatalog.FindVersion(kernel.Value) is null
                ? kernel
                : fixes.Concat(withoutFixes).FirstOrDefault(f => f.Value == ex.Value, kernel);
            throw ScenarioException.Kernel(at.Origin, at.Path, ex);
        }
    }
}
