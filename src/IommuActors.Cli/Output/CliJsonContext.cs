using System.Text.Json.Serialization;
using IommuActors.Cli.Bench;
using IommuActors.Cli.Explore;

namespace IommuActors.Cli.Output;

/// <summary>Source-generated serializers for the <c>--json</c> documents (no reflection at run time); options come from <see cref="CliJson"/>.</summary>
[JsonSerializable(typeof(BenchJson))]
[JsonSerializable(typeof(ExploreJson))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
