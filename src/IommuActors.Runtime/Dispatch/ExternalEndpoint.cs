namespace IommuActors.Runtime.Dispatch;

/// <summary>A sender that is not an actor: test code (<c>/external</c>) or an environment event source (<c>env:NAME</c>).</summary>
internal sealed class ExternalEndpoint(int id, string pathText) : Endpoint(id, pathText);
