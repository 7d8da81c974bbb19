using IommuActors.Runtime;
using IommuActors.TestKit.Toys;

namespace IommuActors.Exploration.Tests.Minimization;

/// <summary>
/// A lost update detected as soon as it happens (an after-each-step invariant: a write that does not raise the
/// register), among ping-pong pairs and an environment event that have nothing to do with it. Random schedules that
/// find it are long; a minimal one is the two reads and the two writes.
/// </summary>
internal static class NoisyLostWrite
{
    public const string Id = "stale-write";

    public static ActorProgram Program(int noisePairs, int rounds) => new($"noisy-lost-write-{noisePairs}x{rounds}", system =>
    {
        var register = system.ActorOf(Props.Create(() => new Register()), "register");
        system.ActorOf(Props.Create(() => new Writer(register)), "writer0");
        system.ActorOf(Props.Create(() => new Writer(register)), "writer1");
        PingPong.Setup(system, noisePairs, rounds);
        system.InjectEvent("operator", system.Lookup("/user/pinger0"), new PingPong.Pong(rounds));
    })
    {
        Invariants =
        [
            Invariant.Always(Id, system => system.UnderlyingActor<Register>(system.Lookup("/user/register")).StaleWrites > 0 ? "a write did not raise the register" : null),
        ],
    };

    public sealed record Read;

    public sealed record Value(int Current);

    public sealed record Write(int NewValue);

    public sealed class Register : ReceiveActor
    {
        public Register()
        {
            Receive<Read>(_ => Sender.Tell(new Value(Current)));
            Receive<Write>(write =>
            {
                StaleWrites += write.NewValue <= Current ? 1 : 0;
                Current = write.NewValue;
            });
        }

        public int Current { get; private set; }

        public int StaleWrites { get; private set; }
    }

    public sealed class Writer : ReceiveActor
    {
        private readonly IActorRef _register;

        public Writer(IActorRef register)
        {
            _register = register;
            Receive<Value>(value => _register.Tell(new Write(value.Current + 1)));
        }

        protected override void PreStart() => _register.Tell(new Read());
    }
}
