using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.Extensions.Logging;

namespace DevConnect.Domain.Live;

/// <summary>
/// Small immutable events published after a transaction commits, delivered to every subscriber of a key
/// (a project id, a user id, "projects"). The in-process hub serves one server; a Redis pub/sub version can
/// replace it without touching a component.
/// </summary>
public interface ILiveEvents
{
    /// <summary>Subscribes until the returned handle is disposed (do it when the component goes away).</summary>
    IDisposable Subscribe<TEvent>(string key, Func<TEvent, Task> handler);

    Task PublishAsync<TEvent>(string key, TEvent liveEvent);
}

public static class LiveKeys
{
    public const string ProjectFeed = "projects";

    /// <summary>Every profile save, for listeners that care about all members (the page cache), not one.</summary>
    public const string People = "people";

    public static string Project(int projectId) => $"project:{projectId}";

    public static string Profile(string userId) => $"profile:{userId}";

    /// <summary>Everything an owner's dashboards listen to: applications to any of their projects.</summary>
    public static string Owner(string userId) => $"owner:{userId}";

    /// <summary>Status changes of one member's own applications.</summary>
    public static string Applicant(string userId) => $"applicant:{userId}";

    public static string Conversation(int conversationId) => $"conversation:{conversationId}";

    public static string Notifications(string userId) => $"notifications:{userId}";

    public static string GitHubRepo(string key) => $"github:{key}";

    public static string GitHubUser(string login) => $"github-user:{login.ToLowerInvariant()}";
}

public sealed class InProcessLiveEvents(ILogger<InProcessLiveEvents> logger) : ILiveEvents
{
    private readonly ConcurrentDictionary<string, ImmutableList<Subscription>> _subscriptions = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public int SubscriberCount => _subscriptions.Values.Sum(list => list.Count);

    public IDisposable Subscribe<TEvent>(string key, Func<TEvent, Task> handler)
    {
        var subscription = new Subscription(this, key, typeof(TEvent), e => handler((TEvent)e));
        lock (_gate)
        {
            _subscriptions[key] = _subscriptions.TryGetValue(key, out var list) ? list.Add(subscription) : [subscription];
        }

        return subscription;
    }

    public async Task PublishAsync<TEvent>(string key, TEvent liveEvent)
    {
        ArgumentNullException.ThrowIfNull(liveEvent);
        if (!_subscriptions.TryGetValue(key, out var list))
        {
            return;
        }

        foreach (var subscription in list.Where(s => s.EventType.IsInstanceOfType(liveEvent)))
        {
            try
            {
                await subscription.Handler(liveEvent);
            }
            catch (Exception ex)
            {
                // One broken subscriber (a closing circuit) must not stop the others from hearing the news.
                logger.LogWarning(ex, "A live event subscriber for {Key} failed", key);
            }
        }
    }

    private void Remove(Subscription subscription)
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

    private sealed class Subscription(InProcessLiveEvents owner, string key, Type eventType, Func<object, Task> handler) : IDisposable
    {
        private int _disposed;

        public string Key { get; } = key;

        public Type EventType { get; } = eventType;

        public Func<object, Task> Handler { get; } = handler;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                owner.Remove(this);
            }
        }
    }
}
