using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace DevConnect.Domain.Live;

/// <summary>
/// The one-server hub. <see cref="PublishAsync{TEvent}"/> only writes to an unbounded outbox; a single dispatcher
/// reads it in order and drops each event into the queue of every matching subscription, which drains on its
/// own. So the member who publishes waits for nothing, however many circuits watch, and one stalled circuit
/// holds up only itself.
/// </summary>
public sealed class InProcessLiveEvents : ILiveEvents, IDisposable
{
    private readonly ConcurrentDictionary<string, ImmutableArray<LiveQueue>> _subscriptions = new(StringComparer.Ordinal);
    private readonly Channel<(string Key, object Event)> _outbox =
        Channel.CreateUnbounded<(string, object)>(new UnboundedChannelOptions { SingleReader = true });

    private readonly Lock _gate = new();
    private readonly ILogger<InProcessLiveEvents> _logger;
    private readonly Task _dispatcher;

    public InProcessLiveEvents(ILogger<InProcessLiveEvents> logger)
    {
        _logger = logger;
        _dispatcher = Task.Run(DispatchAsync);
    }

    /// <summary>Open subscriptions, all keys together: closed circuits must bring it back down.</summary>
    public int SubscriberCount => _subscriptions.Values.Sum(list => list.Length);

    public IDisposable Subscribe<TEvent>(string key, Func<TEvent, Task> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var subscription = new LiveQueue(key, typeof(TEvent), e => handler((TEvent)e), Remove, _logger);
        lock (_gate)
        {
            _subscriptions[key] = _subscriptions.TryGetValue(key, out var list) ? list.Add(subscription) : [subscription];
        }

        return subscription;
    }

    public Task PublishAsync<TEvent>(string key, TEvent liveEvent)
    {
        ArgumentNullException.ThrowIfNull(liveEvent);
        // Same rule as the Redis bus, so an unregistered event fails here too, not only across servers.
        _ = LiveEventTypes.NameOf(liveEvent.GetType());
        Deliver(key, liveEvent);
        return Task.CompletedTask;
    }

    /// <summary>Queues an event for this server's subscribers only (the Redis bus calls it for what it hears).</summary>
    internal void Deliver(string key, object liveEvent)
    {
        if (!_outbox.Writer.TryWrite((key, liveEvent)))
        {
            _logger.LogWarning("A live event for {Key} was published after the hub stopped", key);
        }
    }

    public void Dispose()
    {
        _outbox.Writer.TryComplete();
        _dispatcher.Wait(TimeSpan.FromSeconds(5));
    }

    private async Task DispatchAsync()
    {
        // One reader keeps events in publishing order; handing them out is a queue write per subscriber, so
        // even ten thousand watchers cost this loop a few milliseconds, and nothing here awaits a subscriber.
        await foreach (var (key, liveEvent) in _outbox.Reader.ReadAllAsync())
        {
            if (!_subscriptions.TryGetValue(key, out var list))
            {
                continue;
            }

            foreach (var subscription in list)
            {
                if (subscription.EventType.IsInstanceOfType(liveEvent))
                {
                    subscription.Enqueue(liveEvent);
                }
            }
        }
    }

    private void Remove(LiveQueue subscription)
    {
        lock (_gate)
        {
            if (_subscriptions.TryGetValue(subscription.Key, out var list))
            {
                var remaining = list.Remove(subscription);
                if (remaining.IsEmpty)
                {
                    // Keys are per project and per user: drop empty ones so closed circuits leave nothing behind.
                    _subscriptions.TryRemove(subscription.Key, out _);
                }
                else
                {
                    _subscriptions[subscription.Key] = remaining;
                }
            }
        }
    }
}
