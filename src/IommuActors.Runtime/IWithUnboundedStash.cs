namespace IommuActors.Runtime;

/// <summary>Marks an actor that uses a stash; the runtime sets <see cref="Stash"/> right after the constructor returns (as Akka does).</summary>
public interface IWithUnboundedStash
{
    /// <summary>Gets or sets the stash (set by the runtime).</summary>
    IStash Stash { get; set; }
}
