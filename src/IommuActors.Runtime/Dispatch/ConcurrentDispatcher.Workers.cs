using IommuActors.Runtime.Scheduling;

namespace IommuActors.Runtime.Dispatch;

/// <summary>The worker threads and the per-actor run loop.</summary>
internal sealed partial class ConcurrentDispatcher
{
    private void Post(ActorCell target, in MailItem item)
    {
        var mailbox = target.Mailbox ?? throw new InvalidOperationException($"{target.PathText} has no mailbox");
        Interlocked.Increment(ref _pending);
        mailbox.Queue.Enqueue(item);
        Reschedule(target);
    }

    private void Reschedule(ActorCell cell)
    {
        var mailbox = cell.Mailbox!;
        if ((!mailbox.Queue.IsEmpty || cell.HasUnstashed) && mailbox.TrySchedule())
        {
            EnsureStarted();
            _ready.Enqueue(cell);
            _signal.Release();
        }
    }

    private void EnsureStarted()
    {
        if (_started)
        {
            return;
        }

        lock (_workers)
        {
            if (!_started)
            {
                foreach (var worker in _workers)
                {
                    worker.Start();
                }

                _started = true;
            }
        }
    }

    private void WorkerLoop()
    {
        while (!_stopping)
        {
            _signal.Wait();
            if (_ready.TryDequeue(out var cell))
            {
                RunCell(cell);
            }
        }
    }

    private void RunCell(ActorCell cell)
    {
        var mailbox = cell.Mailbox!;
        var previous = SwapCurrent(cell);
        var handled = 0;
        try
        {
            while (handled < _throughput && !_stopping)
            {
                var step = BeginStep(cell);
                try
                {
                    // Messages unstashed outside a delivery (a restart) are a step of their own.
                    var unstashed = DeliverUnstashed(cell, mailbox);
                    if (unstashed > 0)
                    {
                        handled += unstashed;
                        continue;
                    }

                    if (!mailbox.Queue.TryDequeue(out var item))
                    {
                        break;
                    }

                    handled++;
                    Process(cell, mailbox, item, step);
                    Done(1);
                    handled += DeliverUnstashed(cell, mailbox);
                }
                finally
                {
                    EndStep(step);
                }
            }
        }
        finally
        {
            SwapCurrent(previous);
            mailbox.Unschedule();
        }

        Reschedule(cell);
    }

    private void Process(ActorCell cell, ConcurrentMailbox mailbox, in MailItem item, SharedScope step)
    {
        if (cell.IsTerminated)
        {
            if (item.Control == MailControl.None && item.Timer is null)
            {
                System.AddDeadLetter(item.Envelope, cell);
            }

            return;
        }

        switch (item.Control)
        {
            case MailControl.Stop:
                System.StopActor(cell);
                return;
            case MailControl.Escalated:
                System.HandleFailure(cell, item.Failure!, null);
                return;
        }

        if (item.Timer is { } timer)
        {
            if (!timer.Active)
            {
                return;
            }

            var seq = timer.Owner.OnFired(timer);
            if (!timer.Active)
            {
                TimerCancelled(timer);
            }

            lock (mailbox.Log)
            {
                mailbox.Log.Add(new ScheduleStep(StepKind.Timer, cell.PathText, timer.SenderPath, seq, TypeNames.Of(timer.Payload.GetType()), 0));
                step.LogIndex = mailbox.Log.Count - 1;
            }

            Deliver(cell, mailbox, new Envelope(timer.Payload, ActorRefs.Nobody));
            return;
        }

        var channel = item.Channel!;
        var sequence = channel.Delivered++;
        lock (mailbox.Log)
        {
            mailbox.Log.Add(new ScheduleStep(StepKind.Deliver, cell.PathText, channel.SenderPath, sequence, TypeNames.Of(item.Envelope.Message.GetType()), 0));
            step.LogIndex = mailbox.Log.Count - 1;
        }

        Deliver(cell, mailbox, item.Envelope);
    }

    private void Deliver(ActorCell cell, ConcurrentMailbox mailbox, in Envelope envelope)
    {
        mailbox.Deliveries++;
        var total = Interlocked.Increment(ref _deliveries);
        if (total >= _maxDeliveries)
        {
            StoppedByBound = true;
            _stopping = true;
        }

        cell.Invoke(envelope);
        if (System.Violation is not null)
        {
            _stopping = true;
        }
    }

    /// <summary>Counts finished work; when nothing is pending, wakes whoever awaits quiescence.</summary>
    private void Done(long count)
    {
        if (Interlocked.Add(ref _pending, -count) == 0 || _stopping)
        {
            lock (_idleLock)
            {
                Monitor.PulseAll(_idleLock);
            }
        }
    }

    /// <summary>At quiescence, fires the earliest due timer (clock jumps to it). Returns true when one was fired.</summary>
    private bool FireEarliestTimerLocked()
    {
        if (Interlocked.Read(ref _pending) > 0 || _timers.Count == 0)
        {
            return false;
        }

        var earliest = _timers[0];
        foreach (var t in _timers)
        {
            if (t.DueTicks < earliest.DueTicks)
            {
                earliest = t;
            }
        }

        System.Clock.AdvanceTo(earliest.DueTicks);
        Post(earliest.Owner.Cell, new MailItem(null, default, earliest, MailControl.None, null));
        return true;
    }
}
