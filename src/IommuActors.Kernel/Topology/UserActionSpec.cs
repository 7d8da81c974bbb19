namespace IommuActors.Kernel.Topology;

/// <summary>Something user space does, at a moment the explorer chooses.</summary>
/// <param name="Kind">The action.</param>
/// <param name="Target">The device (or, for <see cref="UserActionKind.LoadModule"/>, the driver) it applies to.</param>
public sealed record UserActionSpec(UserActionKind Kind, string Target);
