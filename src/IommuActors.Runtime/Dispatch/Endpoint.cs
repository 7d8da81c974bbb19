namespace IommuActors.Runtime.Dispatch;

/// <summary>
/// Something that sends: an actor, the code outside all actors (<c>/external</c>) or a named environment event
/// source (<c>env:NAME</c>). Each endpoint owns one FIFO channel per receiver, which is exactly Akka's
/// per-sender-receiver ordering guarantee.
/// </summary>
internal abstract class Endpoint(int id, string pathText)
{
    private ActorCell? _lastTarget;
    private Channel? _lastChannel;
    private ActorCell? _previousTarget;
    private Channel? _previousChannel;
    private Dictionary<ActorCell, Channel>? _channels;

    public int Id { get; } = id;

    public string PathText { get; } = pathText;

    /// <summary>Returns this endpoint's channel to <paramref name="target"/>, creating it on first use.</summary>
    /// <remarks>The dictionary is only looked up, never enumerated, so identity hashing cannot leak into the schedule.</remarks>
    public Channel ChannelTo(ActorCell target)
    {
        if (ReferenceEquals(target, _lastTarget))
        {
            return _lastChannel!;
        }

        if (ReferenceEquals(target, _previousTarget))
        {
            // An actor that alternates between two receivers (itself and one other) stays off the dictionary.
            (_previousTarget, _lastTarget) = (_lastTarget, _previousTarget);
            (_previousChannel, _lastChannel) = (_lastChannel, _previousChannel);
            return _lastChannel!;
        }

        _channels ??= new Dictionary<ActorCell, Channel>(ReferenceEqualityComparer.Instance);
        if (!_channels.TryGetValue(target, out var channel))
        {
            channel = new Channel(this, target);
            _channels.Add(target, channel);
            target.AddIncoming(channel);
        }

        _previousTarget = _lastTarget;
        _previousChannel = _lastChannel;
        _lastTarget = target;
        _lastChannel = channel;
        return channel;
    }

    public override string ToString() => PathText;
}
