using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using IommuActors.Exploration;
using IommuActors.Exploration.Dpor;
using IommuActors.Exploration.Strategies;
using IommuActors.Journal;
using IommuActors.Kernel.Versions;

using IommuActors.Scenarios;

namespace IommuActors.Cli.Journaling;

/// <summary>Describes an exploration for the journal (see <see cref="LiveRunRecorder"/>, which records it as it goes).</summary>
internal static class ExploreJournal
{
    public static string ToolVersion { get; } =
        typeof(ExploreJournal).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    /// <summary>The run description of a toy program.</summary>
    public static RunInfo ForToy(string target, ExplorationOptions options) =>
        new(target, null, null, Describe(options), options.Seed, options.Iterations, options.MaxSteps, ToolVersion, TimeProvider.System.GetUtcNow());

    /// <summary>The run description of a scenario variant on a kernel.</summary>
    public static RunInfo ForScenario(string scenario, string sourceFile, string variant, KernelConfig kernel, ExplorationOptions options) =>
        new(scenario, variant, kernel.Version.ToString(), Describe(options), options.Seed, options.Iterations, options.MaxSteps, ToolVersion, TimeProvider.System.GetUtcNow())
        {
            Fixes = [.. kernel.Fixes.Select(f => "+" + f), .. kernel.WithoutFixes.Select(f => "-" + f)],
            SourceFile = sourceFile.StartsWith(GeneratorTarget.Prefix, StringComparison.Ordinal) ? sourceFile : Path.GetFullPath(sourceFile),
        };

    /// <summary>The strategy's description, as the report will give it (e.g. <c>pct(seed=1, depth=3)</c>), known before exploring.</summary>
    public static string Describe(ExplorationOptions options)
    {
        IExplorationStrategy strategy = options.Strategy switch
        {
            StrategyKind.Dfs => new DfsStrategy(),
            StrategyKind.Dpor => new DporStrategy(),
            StrategyKind.Pct => new PctStrategy(options.Seed, options.EffectiveStrategyBound, options.EstimatedLength),
            StrategyKind.DelayBounding => new DelayBoundingStrategy(options.Seed, options.EffectiveStrategyBound, options.EstimatedLength),
            StrategyKind.Probabilistic => new ProbabilisticStrategy(options.Seed, options.EffectiveStrategyBound),
            StrategyKind.Portfolio => new PortfolioStrategy(options.Seed, options.EstimatedLength),
            _ => new RandomExplorationStrategy(options.Seed),
        };
        return strategy.Description;
    }

    /// <summary>Adds <c>record_all</c> (schedules, bytes, bytes per schedule) to a JSON report.</summary>
    public static string WithRecordAll(string json, LiveRunRecorder recorder)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        root["record_all"] = new JsonObject
        {
            ["persistence_id"] = ScheduleCodec.PersistenceId(recorder.RunId),
            ["encoding"] = "deflate(schedule text)",
            ["schedules"] = recorder.RecordedSchedules,
            ["bytes"] = recorder.RecordedBytes,
            ["bytes_per_schedule"] = Math.Round(recorder.BytesPerSchedule, 1),
        };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    /// <summary>One text line for the report.</summary>
    public static string Line(JournalJson recorded) =>
        $"  journal         {recorded.Journal}: run {recorded.RunId}"
        + (recorded.ViolationIds.Count > 0 ? $", violation {string.Join(", ", recorded.ViolationIds.Select(i => "#" + i))} (iommu-actors replay {recorded.ViolationIds[0]})" : string.Empty);
}
