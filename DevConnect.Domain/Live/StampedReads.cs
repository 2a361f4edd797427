using System.Collections.Concurrent;

namespace DevConnect.Domain.Live;

/// <summary>
/// Reads kept by key, each served while the stamp it was read at has not moved, and for <see cref="MaxAge"/> at most.
/// The stamp is a sum of <see cref="ChangeVersion"/>s and generation counters that only ever grow, so any change of
/// any of them moves it. It is taken before the read: a change that lands while the read runs leaves the result stale
/// at once, and the next caller reads again. Suits reads that many visitors share and few changes touch, where
/// dropping them all on any change of their kind costs less than knowing exactly which ones it touched.
/// </summary>
internal sealed class StampedReads<T>(TimeProvider clock, int maxEntries, Func<long> stamp)
{
    private readonly ConcurrentDictionary<string, Kept> _kept = new(StringComparer.Ordinal);

    /// <summary>The same bound as every shared read (<see cref="Projects.SharedProjectReads.MaxAge"/>).</summary>
    public static TimeSpan MaxAge => Projects.SharedProjectReads.MaxAge;

    public async Task<T> GetAsync(string key, Func<CancellationToken, Task<T>> read, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var stampNow = stamp();
        if (_kept.TryGetValue(key, out var kept) && kept.Stamp == stampNow && now - kept.At < MaxAge)
        {
            return kept.Value;
        }

        var value = await read(ct);
        // Memory stays bounded whatever the audience; a flood of unusual keys only starts the reads afresh.
        if (_kept.Count >= maxEntries)
        {
            _kept.Clear();
        }

        _kept[key] = new Kept(stampNow, now, value);
        return value;
    }

    private sealed record Kept(long Stamp, DateTimeOffset At, T Value);
}
