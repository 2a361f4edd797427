using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace DevConnect.Domain.Live;

/// <summary>
/// One subscription's own bounded queue. It is drained by a thread-pool work item started only when events
/// arrive (an idle subscription costs no task or thread, which matters at ten thousand circuits), one event at
/// a time, so a handler never runs twice at once. What piled up while the handler was busy is coalesced: equal
/// events (records compare by value) are delivered once. A circuit that falls <see cref="Capacity"/> events
/// behind loses the oldest; listeners re-read their state on any event, so the newest one brings them up to date.
/// </summary>
internal sealed class LiveQueue : IDisposable
{
    public const int Capacity = 64;

    private readonly Channel<object> _queue = Channel.CreateBounded<object>(new BoundedChannelOptions(Capacity)
    {
        FullMode = BoundedChannelFullMode.DropOldest,
        SingleReader = true,
    });

    private readonly Func<object, Task> _handler;
    private readonly Action<LiveQueue> _remove;
    private readonly ILogger _logger;
    private int _draining;
    private int _disposed;

    public LiveQueue(string key, Type eventType, Func<object, Task> handler, Action<LiveQueue> remove, ILogger logger)
    {
        Key = key;
        EventType = eventType;
        _handler = handler;
        _remove = remove;
        _logger = logger;
    }

    public string Key { get; }

    public Type EventType { get; }

    private bool IsDisposed => Volatile.Read(ref _disposed) == 1;

    public void Enqueue(object liveEvent)
    {
        if (IsDisposed)
        {
            return;
        }

        _queue.Writer.TryWrite(liveEvent);
        if (Interlocked.CompareExchange(ref _draining, 1, 0) == 0)
        {
            ThreadPool.UnsafeQueueUserWorkItem(static queue => _ = queue.DrainAsync(), this, preferLocal: false);
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _queue.Writer.TryComplete();
            _remove(this);
        }
    }

    private async Task DrainAsync()
    {
        var batch = new List<object>();
        do
        {
            while (_queue.Reader.TryRead(out var next))
            {
                if (!batch.Contains(next))
                {
                    batch.Add(next);
                }
            }

            foreach (var liveEvent in batch)
            {
                if (IsDisposed)
                {
                    break;
                }

                try
                {
                    await _handler(liveEvent);
                }
                catch (Exception ex)
                {
                    // The listener's own error path (a component's DispatchExceptionAsync) comes first; this only
                    // catches what escapes it, so one broken circuit never stops this queue or any other.
                    _logger.LogWarning(ex, "A live event subscriber for {Key} failed", Key);
                }
            }

            batch.Clear();
            Volatile.Write(ref _draining, 0);

            // An event may have landed after the last read but before the flag dropped: take the work back.
        }
        while (!IsDisposed && _queue.Reader.TryPeek(out _) && Interlocked.CompareExchange(ref _draining, 1, 0) == 0);
    }
}
