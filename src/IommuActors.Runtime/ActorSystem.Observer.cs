namespace IommuActors.Runtime;

/// <summary>The opt-in step observer.</summary>
public sealed partial class ActorSystem
{
    /// <summary>Gets or sets the observer told about every actor start and delivery; null (the default) costs nothing.</summary>
    /// <value>The default value is null.</value>
    public IStepObserver? StepObserver { get; set; }
}
