using System.Text.Json.Serialization;
using IommuActors.Cli.Bench;
using IommuActors.Cli.Explore;
using IommuActors.Cli.Journaling;
using IommuActors.Cli.Kernels;
using IommuActors.Cli.Stress;

namespace IommuActors.Cli.Output;

/// <summary>Source-generated serializers for the <c>--json</c> documents (no reflection at run time); options come from <see cref="CliJson"/>.</summary>
[JsonSerializable(typeof(BenchJson))]
[JsonSerializable(typeof(ExploreJson))]
[JsonSerializable(typeof(ScenarioExploreJson))]
[JsonSerializable(typeof(KernelsJson))]
[JsonSerializable(typeof(ScenarioBenchJson))]
[JsonSerializable(typeof(BootBenchJson))]
[JsonSerializable(typeof(RunJson))]
[JsonSerializable(typeof(List<RunJson>))]
[JsonSerializable(typeof(ReplayJson))]
[JsonSerializable(typeof(JournalDocumentJson))]
[JsonSerializable(typeof(StressSummary))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
