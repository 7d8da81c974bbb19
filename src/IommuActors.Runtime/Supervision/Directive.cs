namespace IommuActors.Runtime;

/// <summary>What a supervisor does with a child that threw (Akka's directives).</summary>
public enum Directive
{
    /// <summary>Keep the child and its state; drop the failing message.</summary>
    Resume,

    /// <summary>Replace the child with a fresh instance from its props; the mailbox is kept.</summary>
    Restart,

    /// <summary>Stop the child permanently; watchers receive <see cref="Terminated"/>.</summary>
    Stop,

    /// <summary>Fail the supervisor itself with the same exception, for its own parent to decide.</summary>
    Escalate,
}
