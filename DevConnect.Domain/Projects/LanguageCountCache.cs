using System.Collections.Concurrent;
using DevConnect.Domain.Live;

namespace DevConnect.Domain.Projects;

/// <summary>
/// The numbers beside each language in the feed's filter panel, per combination of the other filters. Counting
/// means reading every tag of every matching project, so with 100k projects it costs more than the page itself;
/// viewers of the same filters share one count until a project is published, edited or deleted (the events every
/// change already raises for live feeds), or for at most <see cref="MaxAge"/> (GitHub snapshots move the
/// "hide inactive" set without such an event). Concurrent misses share one computation. The same computation counts
/// the projects matching those filters, which the feed uses as its total ("about 59,000") when the total is large.
/// </summary>
public sealed class LanguageCountCache : IDisposable
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);
    private const int MaxEntries = 256;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly TimeProvider _clock;
    private readonly IDisposable[] _subscriptions;

    public LanguageCountCache(ILiveEvents live, TimeProvider clock)
    {
        _clock = clock;
        _subscriptions =
        [
            live.Subscribe<ProjectPublished>(LiveKeys.ProjectFeed, _ => Clear()),
            live.Subscribe<ProjectUpdated>(LiveKeys.ProjectFeed, _ => Clear()),
            live.Subscribe<ProjectDeleted>(LiveKeys.ProjectFeed, _ => Clear()),
        ];
    }

    public async Task<FilterCounts> GetAsync(string key, Func<Task<FilterCounts>> count)
    {
        var now = _clock.GetUtcNow();
        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear();
        }

        var entry = _entries.AddOrUpdate(
            key,
            _ => new Entry(now, new Lazy<Task<FilterCounts>>(count)),
            (_, existing) => now - existing.At > MaxAge ? new Entry(now, new Lazy<Task<FilterCounts>>(count)) : existing);
        try
        {
            return await entry.Counts.Value;
        }
        catch
        {
            // A failed count is not remembered: the next viewer tries again.
            _entries.TryRemove(new KeyValuePair<string, Entry>(key, entry));
            throw;
        }
    }

    public void Dispose()
    {
        foreach (var subscription in _subscriptions)
        {
            subscription.Dispose();
        }
    }

    private Task Clear()
    {
        _entries.Clear();
        return Task.CompletedTask;
    }

    private sealed record Entry(DateTimeOffset At, Lazy<Task<FilterCounts>> Counts);
}

/// <summary>For one combination of the filters other than languages: how many projects match, and how many carry each tag.</summary>
public sealed record FilterCounts(int Projects, IReadOnlyList<(string Tag, int Count)> Tags);
