using System.Collections.Concurrent;
using DevConnect.Domain.Live;

namespace DevConnect.Domain.Profiles;

/// <summary>
/// Public profiles as <see cref="ProfileService.GetPublicAsync"/> reads them, kept by handle between the visits of
/// everyone who opens them: the profile read was an eighth of each signed-in <c>/u/{handle}</c> request
/// (docs/PERFORMANCE.md). Every change to a profile announces <see cref="ProfileUpdated"/> to all members' listeners
/// (an edit, a moderator hiding it, a suspension), and that drops it here, under its handle and under its member (a new
/// handle leaves no old one behind); <see cref="Projects.SharedProjectReads.MaxAge"/> bounds the rest. The editing server forgets it
/// before it announces, so the editor's next page shows the edit. Open profile pages still read the database when an
/// update arrives, since listeners are served in no set order.
/// </summary>
public sealed class KeptPublicProfiles : IDisposable
{
    // Memory stays bounded whatever the audience: past this many handles, reads go to the database.
    internal const int MaxEntries = 10_000;

    private readonly ConcurrentDictionary<string, Kept> _profiles = new(StringComparer.Ordinal);
    private readonly ProfileService _profilesService;
    private readonly TimeProvider _clock;
    private readonly ILiveEvents _live;
    private readonly IDisposable _subscription;
    private long _generation;

    public KeptPublicProfiles(ProfileService profiles, ILiveEvents live, TimeProvider clock)
    {
        (_profilesService, _live, _clock) = (profiles, live, clock);
        _subscription = live.Subscribe<ProfileUpdated>(LiveKeys.People, updated =>
        {
            Forget(updated.UserId, updated.Handle);
            return Task.CompletedTask;
        });
    }

    private static TimeSpan MaxAge => Projects.SharedProjectReads.MaxAge;

    public async Task<PublicProfileView?> GetAsync(string handle, CancellationToken ct = default)
    {
        var key = Handle.Normalize(handle);
        var now = _clock.GetUtcNow();
        if (_profiles.TryGetValue(key, out var kept) && now - kept.At < MaxAge)
        {
            return kept.Profile;
        }

        var generation = Interlocked.Read(ref _generation);
        var profile = await _profilesService.GetPublicAsync(key, ct);
        if (_profiles.Count >= MaxEntries)
        {
            SweepOlderThan(now - MaxAge);
        }

        // A handle nobody has is not kept: it may be taken a moment later, and that announces nothing under it.
        if (profile is not null && _profiles.Count < MaxEntries)
        {
            var entry = new Kept(profile, now);
            _profiles[key] = entry;
            if (Interlocked.Read(ref _generation) != generation)
            {
                // A change raced the read: the read may be from before it.
                _profiles.TryRemove(new KeyValuePair<string, Kept>(key, entry));
            }
        }

        return profile;
    }

    /// <summary>Forgets a member's profile here at once: their own server calls it before announcing the change.</summary>
    public void Forget(string userId, string? handle)
    {
        Interlocked.Increment(ref _generation);
        if (handle is not null)
        {
            _profiles.TryRemove(Handle.Normalize(handle), out _);
        }

        foreach (var (key, kept) in _profiles)
        {
            if (kept.Profile.UserId == userId)
            {
                _profiles.TryRemove(new KeyValuePair<string, Kept>(key, kept));
            }
        }
    }

    /// <summary>
    /// A member's profile changed (an edit, a moderator hiding or restoring it, a suspension): forgets it here, then tells
    /// the open pages of the profile and every server's kept reads. The one way every service that changes a profile
    /// announces it, so none can forget the first step and serve the old profile here for 30 s.
    /// </summary>
    public async Task ChangedAsync(string userId, string handle)
    {
        Forget(userId, handle);
        var updated = new ProfileUpdated(userId, handle);
        await _live.PublishAsync(LiveKeys.Profile(userId), updated);
        await _live.PublishAsync(LiveKeys.People, updated);
    }

    public void Dispose() => _subscription.Dispose();

    private void SweepOlderThan(DateTimeOffset cutoff)
    {
        foreach (var (key, kept) in _profiles)
        {
            if (kept.At < cutoff)
            {
                _profiles.TryRemove(new KeyValuePair<string, Kept>(key, kept));
            }
        }
    }

    private sealed record Kept(PublicProfileView Profile, DateTimeOffset At);
}
