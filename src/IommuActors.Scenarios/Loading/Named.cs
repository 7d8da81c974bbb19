using IommuActors.Scenarios.Parsing;

namespace IommuActors.Scenarios.Loading;

/// <summary>A parsed entry with where its name was written.</summary>
/// <typeparam name="T">The entry.</typeparam>
/// <param name="Spec">The entry.</param>
/// <param name="Name">Its located name.</param>
internal sealed record Named<T>(T Spec, Located Name);
