using System.Collections.Concurrent;
using DevConnect.Domain.Live;
using Microsoft.Extensions.Options;

namespace DevConnect.Domain.Accounts.Sessions;

/// <summary>
/// Sessions ended, renewed, or made void by a new security stamp. <see cref="UserId"/> ends all of a member's kept
/// sessions, <see cref="SessionId"/> one of them.
/// </summary>
public sealed record SessionsEnded(string? UserId, string? SessionId);

/// <summary>
/// The sessions this server resumed lately, so a signed-in page does not ask the database who is signed in: that
/// query was 14–24% of every signed-in request (docs/PERFORMANCE.md). Whatever ends a session forgets it here before
/// it returns (log out, "sign out this device", a renewal, and every new security stamp through
/// <see cref="SecurityStampInterceptor"/>), and announces <see cref="SessionsEnded"/> so every other server forgets it
/// too, as soon as the event arrives. <c>Sessions:KeptFor</c> bounds what publishes nothing (a row changed by hand, an
/// event lost with a Redis connection); zero reads the database on every request.
/// </summary>
public sealed class KeptSessions : IDisposable
{
    /// <summary>All servers hear every session event on this one address: they are rare, and a cookie names no member.</summary>
    public const string LiveKey = "sessions";

    // Past this many, sessions are read from the database as before: memory stays bounded whatever the audience.
    internal const int MaxEntries = 20_000;

    private readonly ConcurrentDictionary<string, Kept> _sessions = new(StringComparer.Ordinal);
    private readonly TimeProvider _clock;
    private readonly IOptions<UserSessionOptions> _options;
    private readonly ILiveEvents _live;
    private readonly IDisposable _subscription;
    private long _generation;
    private DateTimeOffset _nextSweep;

    public KeptSessions(ILiveEvents live, TimeProvider clock, IOptions<UserSessionOptions> options)
    {
        (_live, _clock, _options) = (live, clock, options);
        _nextSweep = clock.GetUtcNow();
        _subscription = live.Subscribe<SessionsEnded>(LiveKey, ended =>
        {
            Forget(ended);
            return Task.CompletedTask;
        });
    }

    /// <summary>Taken before a read from the database; <see cref="Keep"/> refuses the read if anything ended since.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    public Kept? Find(string sessionId, DateTime nowUtc) =>
        _sessions.TryGetValue(sessionId, out var kept) && nowUtc < kept.KeptUntilUtc && nowUtc < kept.ExpiresAtUtc ? kept : null;

    /// <summary>Keeps what was read at <paramref name="generation"/>, unless a session ended while it was being read.</summary>
    public void Keep(string sessionId, Kept kept, long generation)
    {
        var now = _clock.GetUtcNow();
        SweepIfDue(now);
        if (_options.Value.KeptFor <= TimeSpan.Zero || _sessions.Count >= MaxEntries)
        {
            return;
        }

        _sessions[sessionId] = kept;
        if (Generation != generation)
        {
            // An end raced the read: the read may be from before it.
            _sessions.TryRemove(new KeyValuePair<string, Kept>(sessionId, kept));
        }
    }

    /// <summary>The moment a session read now stops being trusted without asking the database again.</summary>
    public DateTime KeptUntil(DateTime nowUtc) => nowUtc + _options.Value.KeptFor;

    /// <summary>Only the one server's note of when the session was last seen changes: nothing to announce.</summary>
    public void Seen(string sessionId, Kept kept, DateTime nowUtc) =>
        _sessions.TryUpdate(sessionId, kept with { LastSeenAtUtc = nowUtc }, kept);

    /// <summary>Forgets here at once, then tells every server (this one included, harmlessly).</summary>
    public Task EndedAsync(SessionsEnded ended)
    {
        Forget(ended);
        return _live.PublishAsync(LiveKey, ended);
    }

    public void Dispose() => _subscription.Dispose();

    private void Forget(SessionsEnded ended)
    {
        Interlocked.Increment(ref _generation);
        if (ended.SessionId is { } sessionId)
        {
            _sessions.TryRemove(sessionId, out _);
        }

        if (ended.UserId is { } userId)
        {
            foreach (var (id, kept) in _sessions)
            {
                if (kept.UserId == userId)
                {
                    _sessions.TryRemove(new KeyValuePair<string, Kept>(id, kept));
                }
            }
        }
    }

    // Sessions that are not used again leave their entry behind: drop the outdated ones now and then.
    private void SweepIfDue(DateTimeOffset now)
    {
        if (now < _nextSweep)
        {
            return;
        }

        _nextSweep = now + _options.Value.KeptFor;
        foreach (var (id, kept) in _sessions)
        {
            if (now.UtcDateTime >= kept.KeptUntilUtc)
            {
                _sessions.TryRemove(new KeyValuePair<string, Kept>(id, kept));
            }
        }
    }

    /// <summary>An active session as read from the database, and until when it is trusted as read.</summary>
    public sealed record Kept(string UserId, byte[] Ticket, DateTime ExpiresAtUtc, DateTime LastSeenAtUtc, DateTime KeptUntilUtc);
}
