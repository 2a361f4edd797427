using System.Collections.Concurrent;

namespace DevConnect.Domain.Live;

/// <summary>
/// One read per key, kept in memory until an event on that key's live address says it changed, and for
/// <see cref="MaxAge"/> at most. Used where the value already has such events, because open pages follow them live:
/// the counts in every signed-in page's header (the pending-applications badge, the bell), a member's "For you"
/// ranking, a GitHub repository's or account's snapshot, a project's team. A kept value is then exactly as current as an open page; the
/// bound covers changes that publish nothing (a deleted project's applications, a deleted account's). Events cross
/// servers like every live event, so each server's copy is dropped too.
/// A CPU trace of signed-in <c>/projects</c> under load put the header's counts at over a quarter of each request
/// (docs/PERFORMANCE.md).
/// </summary>
public sealed class KeyedReadCache<T> : IDisposable
{
    /// <summary>The same bound as the shared project reads: one answer to "how stale may a shared read be".</summary>
    public static TimeSpan MaxAge => Projects.SharedProjectReads.MaxAge;

    // Memory and subscriptions stay bounded whatever the audience: past this many keys, reads go to the database.
    internal const int MaxEntries = 10_000;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly ILiveEvents _live;
    private readonly TimeProvider _clock;
    private readonly Func<string, string> _keyFor;
    private readonly Func<ILiveEvents, string, Func<Task>, IDisposable> _listen;
    private DateTimeOffset _nextSweep;

    /// <param name="keyFor">The live address a key's changes are published on (a member's, a repository's).</param>
    /// <param name="listen">Subscribes the given callback to every event at that address that changes the value.</param>
    public KeyedReadCache(ILiveEvents live, TimeProvider clock, Func<string, string> keyFor, Func<ILiveEvents, string, Func<Task>, IDisposable> listen)
    {
        (_live, _clock, _keyFor, _listen) = (live, clock, keyFor, listen);
        _nextSweep = clock.GetUtcNow() + MaxAge;
    }

    /// <param name="latest">
    /// Read the database whatever is kept, and keep that: for a listener an event just told the value changed. Its
    /// handler and the one that drops the kept value run on their own queues, in no set order.
    /// </param>
    public async Task<T> GetAsync(string key, Func<CancellationToken, Task<T>> read, bool latest = false, CancellationToken ct = default)
    {
        if (latest)
        {
            Evict(key);
        }

        var now = _clock.GetUtcNow();
        SweepIfDue(now);
        if (_entries.TryGetValue(key, out var cached))
        {
            if (now < cached.Expires && !cached.Stale)
            {
                return cached.Value;
            }

            Drop(key, cached);
        }

        if (_entries.Count >= MaxEntries)
        {
            return await read(ct);
        }

        // Listen before reading: a change that lands while the count is read marks it stale, so a count from before
        // a change is never kept.
        var entry = new Entry(now + MaxAge);
        entry.Subscription = _listen(_live, _keyFor(key), () =>
        {
            entry.Stale = true;
            Drop(key, entry);
            return Task.CompletedTask;
        });

        T value;
        try
        {
            value = await read(ct);
        }
        catch
        {
            entry.Subscription.Dispose();
            throw;
        }

        entry.Value = value;
        if (entry.Stale || !_entries.TryAdd(key, entry))
        {
            entry.Subscription.Dispose();
        }
        else if (entry.Stale)
        {
            // The change landed between the check and the add: its own Drop may have run before the add.
            Drop(key, entry);
        }

        return value;
    }

    /// <summary>
    /// Forgets a key's value at once. The service that makes a change calls this before publishing it, so a read
    /// right after the write sees it; other servers drop their copies when the event reaches them.
    /// </summary>
    public void Evict(string key)
    {
        if (_entries.TryGetValue(key, out var entry))
        {
            entry.Stale = true;
            Drop(key, entry);
        }
    }

    public void Dispose()
    {
        foreach (var (key, entry) in _entries)
        {
            Drop(key, entry);
        }
    }

    private void Drop(string key, Entry entry)
    {
        if (_entries.TryRemove(new KeyValuePair<string, Entry>(key, entry)))
        {
            entry.Subscription?.Dispose();
        }
    }

    // Members who do not come back leave an entry and a subscription behind: drop the expired ones now and then.
    private void SweepIfDue(DateTimeOffset now)
    {
        if (now < _nextSweep)
        {
            return;
        }

        _nextSweep = now + MaxAge;
        foreach (var (key, entry) in _entries)
        {
            if (now >= entry.Expires)
            {
                Drop(key, entry);
            }
        }
    }

    private sealed class Entry(DateTimeOffset expires)
    {
        private volatile bool _stale;

        public DateTimeOffset Expires { get; } = expires;

        public T Value { get; set; } = default!;

        public IDisposable? Subscription { get; set; }

        public bool Stale
        {
            get => _stale;
            set => _stale = value;
        }
    }
}
