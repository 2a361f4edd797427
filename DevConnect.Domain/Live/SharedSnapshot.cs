namespace DevConnect.Domain.Live;

/// <summary>
/// One value read for every caller at once (concurrent misses share the read), until <see cref="Forget"/> (an event
/// said it changed) or <see cref="MaxAge"/> at most, for changes that publish nothing. A failed read is not kept.
/// </summary>
public sealed class SharedSnapshot<T>(Func<Task<T>> read, TimeProvider clock)
{
    /// <summary>The same bound as the shared project reads: one answer to "how stale may a shared read be".</summary>
    public static TimeSpan MaxAge => Projects.SharedProjectReads.MaxAge;

    private long _version;
    private Snapshot? _current;

    public Task<T> GetAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var version = Interlocked.Read(ref _version);
        var current = Volatile.Read(ref _current);
        if (current is null || current.Version != version || now - current.ReadAt >= MaxAge || current.Read.IsFaulted || current.Read.IsCanceled)
        {
            // None of the callers' tokens may cancel the read the others share.
            var fresh = new Snapshot(version, now, read());
            current = Interlocked.CompareExchange(ref _current, fresh, current) == current ? fresh : Volatile.Read(ref _current)!;
        }

        return current.Read.WaitAsync(ct);
    }

    /// <summary>The value changed: the next caller reads it again, even one whose read began before.</summary>
    public void Forget() => Interlocked.Increment(ref _version);

    private sealed record Snapshot(long Version, DateTimeOffset ReadAt, Task<T> Read);
}
