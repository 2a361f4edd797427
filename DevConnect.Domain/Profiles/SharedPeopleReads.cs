using DevConnect.Domain.Live;

namespace DevConnect.Domain.Profiles;

/// <summary>The home page's newest members and how many members are listed.</summary>
public sealed record HomePeople(IReadOnlyList<ProfileSummary> Newest, int ListedCount);

/// <summary>
/// What the home page shows of its members is the same for every visitor, signed in or not: read once for all of them,
/// dropped when a profile is saved (<see cref="ProfileUpdated"/> on <see cref="LiveKeys.People"/>, heard from every
/// server) and after <see cref="MaxAge"/> at most, for what publishes nothing (an account opened or deleted). A CPU
/// trace of the signed-in home page under load put these two reads at a fifth of each request (docs/PERFORMANCE.md).
/// </summary>
public sealed class SharedPeopleReads : IDisposable
{
    public const int NewestShown = 8;

    private readonly ProfileService _profiles;
    private readonly TimeProvider _clock;
    private readonly IDisposable _subscription;
    private long _version;
    private Snapshot? _current;

    public SharedPeopleReads(ProfileService profiles, ILiveEvents live, TimeProvider clock)
    {
        (_profiles, _clock) = (profiles, clock);
        _subscription = live.Subscribe<ProfileUpdated>(LiveKeys.People, _ =>
        {
            Interlocked.Increment(ref _version);
            return Task.CompletedTask;
        });
    }

    /// <summary>The same bound as the shared project reads: one answer to "how stale may a shared read be".</summary>
    public static TimeSpan MaxAge => Projects.SharedProjectReads.MaxAge;

    public Task<HomePeople> HomeAsync(CancellationToken ct = default)
    {
        var now = _clock.GetUtcNow();
        var version = Interlocked.Read(ref _version);
        var current = Volatile.Read(ref _current);
        if (current is null || current.Version != version || now - current.ReadAt >= MaxAge || current.Read.IsFaulted || current.Read.IsCanceled)
        {
            // Concurrent misses share one read; none of their tokens may cancel it for the others.
            var fresh = new Snapshot(version, now, ReadAsync());
            current = Interlocked.CompareExchange(ref _current, fresh, current) == current ? fresh : Volatile.Read(ref _current)!;
        }

        return current.Read.WaitAsync(ct);
    }

    public void Dispose() => _subscription.Dispose();

    private async Task<HomePeople> ReadAsync()
    {
        var newest = await _profiles.ListNewestAsync(NewestShown, CancellationToken.None);
        return new(newest, await _profiles.CountListedAsync(CancellationToken.None));
    }

    private sealed record Snapshot(long Version, DateTimeOffset ReadAt, Task<HomePeople> Read);
}
