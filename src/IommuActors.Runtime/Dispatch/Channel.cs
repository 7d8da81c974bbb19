using IommuActors.Runtime.Scheduling;

namespace IommuActors.Runtime.Dispatch;

/// <summary>The FIFO queue of messages from one endpoint to one actor. Its head is one enabled step.</summary>
internal sealed class Channel(Endpoint source, ActorCell target) : PendingStep
{
    private Envelope[] _buffer = new Envelope[4];
    private int[] _sentAt = new int[4];
    private int _head;

    public Endpoint Source { get; } = source;

    public ActorCell Target { get; } = target;

    public int Count { get; private set; }

    /// <summary>Gets or sets the number of messages delivered so far (the next message's sequence number).</summary>
    public int Delivered { get; set; }

    public override StepKind Kind => StepKind.Deliver;

    public override int ReceiverId => Target.Id;

    public override string ReceiverPath => Target.PathText;

    public override string SenderPath => Source.PathText;

    public override int Sequence => Delivered;

    public override object Message => Count > 0 ? _buffer[_head].Message : throw new InvalidOperationException("empty channel");

    public override int SentAt => Count > 0 ? _sentAt[_head] : -1;

    public void Enqueue(in Envelope envelope, int sentAt = -1)
    {
        if (Count == _buffer.Length)
        {
            var bigger = new Envelope[_buffer.Length * 2];
            var biggerSent = new int[_buffer.Length * 2];
            for (var i = 0; i < Count; i++)
            {
                bigger[i] = _buffer[(_head + i) & (_buffer.Length - 1)];
                biggerSent[i] = _sentAt[(_head + i) & (_buffer.Length - 1)];
            }

            _buffer = bigger;
            _sentAt = biggerSent;
            _head = 0;
        }

        var slot = (_head + Count) & (_buffer.Length - 1);
        _buffer[slot] = envelope;
        _sentAt[slot] = sentAt;
        Count++;
    }

    public IEnumerable<object> PendingMessages()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return _buffer[(_head + i) & (_buffer.Length - 1)].Message;
        }
    }

    public Envelope Dequeue()
    {
        var envelope = _buffer[_head];
        _buffer[_head] = default;
        _head = (_head + 1) & (_buffer.Length - 1);
        Count--;
        return envelope;
    }
}
