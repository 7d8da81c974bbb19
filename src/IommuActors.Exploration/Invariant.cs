using IommuActors.Runtime;

namespace IommuActors.Exploration;

/// <summary>A safety property with a stable id. <see cref="Check"/> returns null when it holds, else what is wrong.</summary>
/// <param name="Id">Stable violation id.</param>
/// <param name="Scope">When it is checked.</param>
/// <param name="Check">The check.</param>
public sealed record Invariant(string Id, InvariantScope Scope, Func<ActorSystem, string?> Check)
{
    /// <summary>An invariant checked after every step.</summary>
    /// <param name="id">Stable violation id.</param>
    /// <param name="check">Returns null when the property holds.</param>
    /// <returns>The invariant.</returns>
    public static Invariant Always(string id, Func<ActorSystem, string?> check) => new(id, InvariantScope.AfterEachStep, check);

    /// <summary>An invariant checked once nothing is enabled any more.</summary>
    /// <param name="id">Stable violation id.</param>
    /// <param name="check">Returns null when the property holds.</param>
    /// <returns>The invariant.</returns>
    public static Invariant AtQuiescence(string id, Func<ActorSystem, string?> check) => new(id, InvariantScope.AtQuiescence, check);
}
