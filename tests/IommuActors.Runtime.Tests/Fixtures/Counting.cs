namespace IommuActors.Runtime.Tests.Fixtures;

/// <summary>An actor with state that fails on demand, for supervision tests.</summary>
internal sealed class Counting : ReceiveActor
{
    public Counting()
    {
        Receive<string>(s => s == "inc", _ => Count++);
        Receive<string>(s => s == "boom", _ => throw new InvalidOperationException("boom"));
        Receive<string>(s => s == "get", _ => Sender.Tell(Count));
    }

    public static int Instances { get; set; }

    public int Count { get; private set; }

    protected override void PreStart() => Instances++;
}
