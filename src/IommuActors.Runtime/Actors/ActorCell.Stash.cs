namespace IommuActors.Runtime;

/// <summary>The cell's stash and the queue of unstashed messages that go before anything else.</summary>
internal sealed partial class ActorCell : IStash
{
    private List<Envelope>? _stash;
    private Queue<Envelope>? _unstashed;
    private int _unstashedDelivered;

    public int StashCount => _stash?.Count ?? 0;

    public bool HasUnstashed => _unstashed is { Count: > 0 };

    public IStash Stash => this;

    void IStash.Stash()
    {
        if (_currentMessage is null)
        {
            throw new InvalidOperationException("Stash() may only be called while handling a message");
        }

        _stash ??= [];
        foreach (var e in _stash)
        {
            if (ReferenceEquals(e.Message, _currentMessage))
            {
                throw new InvalidOperationException("the current message is already stashed");
            }
        }

        _stash.Add(new Envelope(_currentMessage, _currentSender));
    }

    void IStash.Unstash()
    {
        if (_stash is { Count: > 0 })
        {
            var first = _stash[0];
            _stash.RemoveAt(0);
            Prepend([first]);
        }
    }

    void IStash.UnstashAll()
    {
        if (_stash is { Count: > 0 })
        {
            var all = _stash.ToArray();
            _stash.Clear();
            Prepend(all);
        }
    }

    IReadOnlyList<Envelope> IStash.ClearStash()
    {
        var all = _stash?.ToArray() ?? [];
        _stash?.Clear();
        return all;
    }

    public bool TryTakeUnstashed(out Envelope envelope, out int sequence)
    {
        if (_unstashed is { Count: > 0 })
        {
            envelope = _unstashed.Dequeue();
            sequence = _unstashedDelivered++;
            return true;
        }

        envelope = default;
        sequence = 0;
        return false;
    }

    /// <summary>Akka keeps stashed messages across a restart by putting them back at the front of the mailbox.</summary>
    private void UnstashAllForRestart() => ((IStash)this).UnstashAll();

    private void Prepend(Envelope[] envelopes)
    {
        var rest = _unstashed?.ToArray() ?? [];
        _unstashed = new Queue<Envelope>(envelopes.Length + rest.Length);
        foreach (var e in envelopes)
        {
            _unstashed.Enqueue(e);
        }

        foreach (var e in rest)
        {
            _unstashed.Enqueue(e);
        }

        System.Dispatcher.Unstashed(this, envelopes.Length);
    }
}
