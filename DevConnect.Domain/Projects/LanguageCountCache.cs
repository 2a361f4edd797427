using System.Collections.Concurrent;

namespace DevConnect.Domain.Projects;

/// <summary>
/// The numbers beside each language in the feed's filter panel, per combination of the other filters. Counting
/// means reading every tag of every matching project, so with 100k projects it costs more than the page itself;
/// viewers of the same filters share one count until a project is published, edited or deleted
/// (<see cref="ProjectChangeVersion"/> moves before the live event goes out), or for at most <see cref="MaxAge"/> (GitHub snapshots move the
/// "hide inactive" set without such an event). Concurrent misses share one computation.
/// </summary>
public sealed class LanguageCountCache(ProjectChangeVersion changes, TimeProvider clock)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);
    private const int MaxEntries = 256;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public async Task<IReadOnlyList<(string Tag, int Count)>> GetAsync(string key, Func<Task<IReadOnlyList<(string Tag, int Count)>>> count)
    {
        var now = clock.GetUtcNow();
        var version = changes.Current;
        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear();
        }

        var entry = _entries.AddOrUpdate(
            key,
            _ => new Entry(version, now, new Lazy<Task<IReadOnlyList<(string, int)>>>(count)),
            (_, existing) => existing.Version != version || now - existing.At > MaxAge
                ? new Entry(version, now, new Lazy<Task<IReadOnlyList<(string, int)>>>(count))
                : existing);
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

    private sealed record Entry(long Version, DateTimeOffset At, Lazy<Task<IReadOnlyList<(string Tag, int Count)>>> Counts);
}
