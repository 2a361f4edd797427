using System.Collections.Concurrent;

namespace DevConnect.Domain.Projects;

/// <summary>
/// The numbers beside each language in the feed's filter panel, per combination of the other filters. Counting
/// means reading every tag of every matching project, so with 100k projects it costs more than the page itself;
/// viewers of the same filters share one count until a project is published, edited or deleted
/// (<see cref="ProjectChangeVersion"/> moves before the live event goes out), or for at most <see cref="MaxAge"/> (GitHub snapshots move the
/// "hide inactive" set without such an event). The same computation counts the projects matching those filters,
/// which the feed shows as its total ("about 59,000") when the total is large.
/// After a change, the counts already known keep being served while one recount runs in the background: no viewer
/// waits on counting 60,000 projects when numbers a moment old exist (and large totals say "about" anyway). Those
/// counts carry the recount (<see cref="FilterCounts.Recount"/>), so a feed that showed them can show the new ones when
/// it ends: otherwise a feed reloaded by a live event would keep the old numbers until the next change. Only the
/// first viewer of a combination waits, and concurrent first viewers share one count.
/// </summary>
public sealed class LanguageCountCache(ProjectChangeVersion changes, TimeProvider clock)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);
    private const int MaxEntries = 256;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public async Task<FilterCounts> GetAsync(string key, Func<Task<FilterCounts>> count)
    {
        var now = clock.GetUtcNow();
        var generation = changes.Current;
        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear();
        }

        var entry = _entries.AddOrUpdate(
            key,
            _ => new Entry(now, generation, new Lazy<Task<FilterCounts>>(count), null),
            (_, existing) => existing.Generation == generation && now - existing.At <= MaxAge && !existing.Counts.Value.IsFaulted
                ? existing
                : new Entry(now, generation, new Lazy<Task<FilterCounts>>(count), existing.Known ?? existing.Previous));
        var counting = entry.Counts.Value;
        if (!counting.IsCompleted && entry.Previous is { } previous)
        {
            // A recount after a change: the last numbers now, the new ones for whoever asks after it ends. A failed
            // recount is replaced by the next viewer's (see above), so it is observed here and not rethrown.
            _ = counting.ContinueWith(static t => t.Exception, TaskScheduler.Default);
            return previous with { Recount = counting };
        }

        try
        {
            return await counting;
        }
        catch
        {
            // A failed count is not remembered: the next viewer tries again.
            _entries.TryRemove(new KeyValuePair<string, Entry>(key, entry));
            throw;
        }
    }

    private sealed record Entry(DateTimeOffset At, long Generation, Lazy<Task<FilterCounts>> Counts, FilterCounts? Previous)
    {
        /// <summary>This entry's own counts, once they are in.</summary>
        public FilterCounts? Known => Counts.IsValueCreated && Counts.Value.IsCompletedSuccessfully ? Counts.Value.Result : null;
    }
}

/// <summary>For one combination of the filters other than languages: how many projects match, and how many carry each tag.</summary>
public sealed record FilterCounts(int Projects, IReadOnlyList<(string Tag, int Count)> Tags)
{
    /// <summary>When these are the counts from before a change: the recount that replaces them, still running.</summary>
    public Task? Recount { get; init; }
}
